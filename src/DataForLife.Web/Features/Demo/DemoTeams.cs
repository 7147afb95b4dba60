using DataForLife.Web.Data;
using DataForLife.Web.Domain;
using DataForLife.Web.Domain.Accounts;
using DataForLife.Web.Domain.Editions;
using DataForLife.Web.Domain.Registration;
using DataForLife.Web.Domain.Submissions;
using DataForLife.Web.Features.Registration;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DataForLife.Web.Features.Demo;

/// <summary>
/// The demo's people and teams: accounts under demo.dataforlife.vn (one shared password, printed by the command),
/// complete profiles, teams of one to five, and, from the submission stage on, dossiers.
/// </summary>
public sealed class DemoTeams(AppDbContext db, IPasswordHasher<AppUser> hasher, EligibilityService eligibility)
{
    public const string EmailDomain = "demo.dataforlife.vn";
    public const string Password = "demo-dataforlife-2023";

    /// <summary>The demo's staff write from their own domain, so no judge shares an e-mail domain with the contestants.</summary>
    public const string StaffDomain = "bgk." + EmailDomain;

    private static readonly int[] TeamSizes = [1, 2, 2, 3, 3, 3, 4, 4, 5, 3];

    /// <summary>Removes everything the demo added before, so that seeding again replaces it.</summary>
    public async Task RemoveAsync(string editionId, CancellationToken cancellationToken)
    {
        await db.Dossiers.Where(d => d.EditionId == editionId).ExecuteDeleteAsync(cancellationToken);
        await db.Votes.Where(v => v.EditionId == editionId).ExecuteDeleteAsync(cancellationToken);
        await db.VoteQuarantines.Where(q => q.EditionId == editionId).ExecuteDeleteAsync(cancellationToken);
        await db.RoundPublications.Where(p => p.EditionId == editionId).ExecuteDeleteAsync(cancellationToken);
        await db.TieDecisions.Where(d => d.EditionId == editionId).ExecuteDeleteAsync(cancellationToken);
        await db.PitchOrders.Where(p => p.EditionId == editionId).ExecuteDeleteAsync(cancellationToken);
        await db.PitchSessions.Where(s => s.EditionId == editionId).ExecuteDeleteAsync(cancellationToken);
        await db.DeclaredConflicts.Where(c => c.EditionId == editionId).ExecuteDeleteAsync(cancellationToken);
        await db.Teams.Where(t => t.EditionId == editionId).ExecuteDeleteAsync(cancellationToken);
        await db.StaffMembers.Where(s => s.EditionId == editionId).ExecuteDeleteAsync(cancellationToken);
        await db.Users.Where(u => u.Email!.EndsWith(EmailDomain)).ExecuteDeleteAsync(cancellationToken);
    }

    public async Task<int> CreateAsync(Edition edition, int teamCount, bool withDossiers, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var random = new Random(2023);
        var today = DateOnly.FromDateTime(VietnamTime.ToVietnam(nowUtc).DateTime);
        var people = DemoPeople.Draw(teamCount * 5, today);
        var hash = hasher.HashPassword(new AppUser(), Password);
        var next = 0;
        var names = new HashSet<string>(StringComparer.Ordinal);
        var catalogue = await db.Set<Domain.Catalogue.DataSet>().AsNoTracking().Where(d => d.EditionId == edition.Id)
            .OrderBy(d => d.Position).ThenBy(d => d.Id).Select(d => new CatalogueEntry(d.Id, d.Slug)).ToListAsync(cancellationToken);
        for (var sequence = 1; sequence <= teamCount && next < people.Count; sequence++)
        {
            var size = Math.Min(TeamSizes[random.Next(TeamSizes.Length)], people.Count - next);
            var members = people.Skip(next).Take(size).Select((p, i) => (User: AddPerson(p, next + i, hash, random, nowUtc), p.Number)).ToList();
            next += size;
            var name = UniqueName(names, random);
            var product = DemoTexts.Products[random.Next(DemoTexts.Products.Length)];
            var categories = edition.Definition.Categories.Select(c => c.Code).Where(_ => random.NextDouble() < 0.45).DefaultIfEmpty(edition.Definition.Categories[random.Next(edition.Definition.Categories.Count)].Code);
            var team = Team.Register(edition.Id, sequence, edition.Definition.PublicCodePrefix, name, product, categories,
                $"{product}: một sản phẩm dữ liệu giúp người dân và cơ quan nhà nước tiết kiệm thời gian.", members[0].User.Id, members[0].Number, nowUtc);
            foreach (var member in members.Skip(1))
            {
                team.AddMember(member.User.Id, member.Number, nowUtc);
            }

            db.Teams.Add(team);
            if (withDossiers && random.NextDouble() < 0.9)
            {
                await db.SaveChangesAsync(cancellationToken);
                // The first catalogue entry (the population data) and one more chosen by the team's number.
                var used = catalogue.Count == 0 ? [] : catalogue.Take(1).Append(catalogue[sequence * 7 % catalogue.Count]).Distinct().ToList();
                await AddDossierAsync(team, members[0].User, product, submitted: random.NextDouble() < 0.9, used, nowUtc, cancellationToken);
            }
        }

        AddRoster(edition, people, nowUtc);
        await db.SaveChangesAsync(cancellationToken);
        await eligibility.RecomputeAsync(edition.Id, cancellationToken: cancellationToken);
        return await db.Teams.CountAsync(t => t.EditionId == edition.Id, cancellationToken);
    }

    private AppUser AddPerson(DemoPerson person, int index, string hash, Random random, DateTime nowUtc)
    {
        var email = $"thisinh{index + 1:0000}@{EmailDomain}";
        var user = new AppUser
        {
            UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(),
            EmailConfirmed = true, PasswordHash = hash, SecurityStamp = Guid.NewGuid().ToString("N"), DisplayName = person.FullName, CreatedAtUtc = nowUtc,
        };
        db.Users.Add(user);
        var abroad = random.NextDouble() < 0.05;
        db.Profiles.Add(new Profile
        {
            UserId = user.Id, FullName = person.FullName, NameKey = VietnameseText.Fold(person.FullName), DateOfBirth = person.BirthDate,
            Sex = person.Sex, Nationality = Profile.VietNam, CountryOfResidence = abroad ? "JP" : Profile.VietNam,
            DocumentKind = IdentityDocumentKind.CitizenNumber, DocumentNumber = person.Number,
            Phone = "+8490" + random.Next(1_000_000, 9_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture),
            Email = email, Organisation = DemoTexts.Schools[random.Next(DemoTexts.Schools.Length)], UpdatedAtUtc = nowUtc,
        }.WithOrganisationKey());
        return user;
    }

    private async Task AddDossierAsync(Team team, AppUser leader, string product, bool submitted, IReadOnlyList<CatalogueEntry> used, DateTime nowUtc,
        CancellationToken cancellationToken)
    {
        var dossier = Dossier.Open(team.Id, team.EditionId);
        db.Dossiers.Add(dossier);
        var text = new DossierText
        {
            Why = $"Nhiều thủ tục vẫn yêu cầu người dân khai lại thông tin đã có trong cơ sở dữ liệu dân cư. {product} ra đời để giảm việc đó.",
            How = $"Sản phẩm kết nối với dữ liệu đã được người dân đồng ý chia sẻ qua định danh điện tử, rồi **điền sẵn** và kiểm tra biểu mẫu.",
            Highlights = "- Xác thực bằng định danh điện tử\n- Không lưu dữ liệu cá nhân ngoài phiên làm việc\n- Chạy được trên điện thoại phổ thông",
            Results = "Thử nghiệm với 120 người dùng ở 2 phường: thời gian hoàn thành hồ sơ giảm từ 25 xuống 8 phút.",
            DataSets = "Dữ liệu dân cư mô phỏng (10.000 bản ghi); dữ liệu mở Q-Traffic",
            Roles = "Trưởng nhóm: phân tích nghiệp vụ; các thành viên: lập trình, dữ liệu, thiết kế.",
            CatalogueSlugs = string.Join(',', used.Select(u => u.Slug)),
        };
        var commitment = submitted ? new Commitment(leader.DisplayName, nowUtc, "127.0.0.1", DossierRules.DeclarationHash("demo")) : null;
        var version = new DossierVersion
        {
            Number = 1, IsSubmission = submitted, Text = text, SavedByUserId = leader.Id, SavedByName = leader.DisplayName, SavedAtUtc = nowUtc,
            Commitment = commitment, Checksum = DossierRules.Checksum(text, commitment, []),
        };
        await db.SaveChangesAsync(cancellationToken);
        version.DossierId = dossier.Id;
        db.DossierVersions.Add(version);
        db.DossierDataSets.AddRange(used.Select(u => new DossierDataSet { DossierId = dossier.Id, DataSetId = u.Id }));
        dossier.Record(version);
    }

    private sealed record CatalogueEntry(int Id, string Slug);

    /// <summary>A small roster, with one support officer who also entered (not eligible) and one name that only looks alike (to review).</summary>
    private void AddRoster(Edition edition, IReadOnlyList<DemoPerson> people, DateTime nowUtc)
    {
        (Domain.Roster.StaffBody Body, Domain.Roster.StaffPosition Position, string Group, string Name, string? Email)[] staff =
        [
            (Domain.Roster.StaffBody.Jury, Domain.Roster.StaffPosition.Head, "", "Trần Quốc Trưởng", "truongbgk@" + StaffDomain),
            (Domain.Roster.StaffBody.Jury, Domain.Roster.StaffPosition.Lead, "academic", "Phạm Minh Học", "hocpm@" + StaffDomain),
            (Domain.Roster.StaffBody.Jury, Domain.Roster.StaffPosition.Lead, "enterprise", "Lê Thị Doanh", "doanhlt@" + StaffDomain),
            (Domain.Roster.StaffBody.Jury, Domain.Roster.StaffPosition.Lead, "media", "Võ Văn Báo", "baovv@" + StaffDomain),
            (Domain.Roster.StaffBody.Council, Domain.Roster.StaffPosition.Member, "", "Ngô Thị Hội", "hoint@" + StaffDomain),
            (Domain.Roster.StaffBody.Council, Domain.Roster.StaffPosition.Member, "", "Đỗ Văn Đồng", "dongdv@" + StaffDomain),
            (Domain.Roster.StaffBody.Council, Domain.Roster.StaffPosition.Member, "", "Bùi Thị Chuyên", "chuyenbt@" + StaffDomain),
            (Domain.Roster.StaffBody.Council, Domain.Roster.StaffPosition.Member, "", "Hà Minh Khảo", "khaohm@" + StaffDomain),
            (Domain.Roster.StaffBody.Jury, Domain.Roster.StaffPosition.Member, "academic", "Kiều Văn Khoa", "khoakv@" + StaffDomain),
            (Domain.Roster.StaffBody.Jury, Domain.Roster.StaffPosition.Member, "enterprise", "Lạc Thị Đầu", "dault@" + StaffDomain),
            (Domain.Roster.StaffBody.Jury, Domain.Roster.StaffPosition.Member, "media", "Mai Văn Tin", "tinmv@" + StaffDomain),
            (Domain.Roster.StaffBody.Support, Domain.Roster.StaffPosition.Member, "", people[6].FullName, $"thisinh0007@{EmailDomain}"),
            (Domain.Roster.StaffBody.Mentors, Domain.Roster.StaffPosition.Member, "", people[12].FullName, null),
        ];
        foreach (var (body, position, group, name, email) in staff)
        {
            db.StaffMembers.Add(new Domain.Roster.StaffMember
            {
                EditionId = edition.Id, Body = body, Position = position, Group = group, FullName = name, NameKey = VietnameseText.Fold(name),
                Email = email, Organisation = "Ban Tổ chức (minh hoạ)", AddedAtUtc = nowUtc,
            });
        }
    }

    private static string UniqueName(HashSet<string> names, Random random)
    {
        for (var attempt = 0; ; attempt++)
        {
            var name = "Đội " + DemoTexts.Nouns[random.Next(DemoTexts.Nouns.Length)] + DemoTexts.Modifiers[random.Next(DemoTexts.Modifiers.Length)];

            // Once the word pairs run short, a number keeps names apart.
            if (attempt > 20)
            {
                name += " " + (names.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            if (names.Add(VietnameseText.Fold(name)))
            {
                return name;
            }
        }
    }
}
