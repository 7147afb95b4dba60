using DataForLife.Web.Data;
using DataForLife.Web.Domain;
using DataForLife.Web.Domain.Accounts;
using DataForLife.Web.Domain.Editions;
using DataForLife.Web.Domain.Final;
using DataForLife.Web.Domain.Mentoring;
using DataForLife.Web.Domain.Roster;
using DataForLife.Web.Features.Final;
using DataForLife.Web.Features.Mentoring;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DataForLife.Web.Features.Demo;

/// <summary>
/// The demo's mentors and final: a panel of mentors with their expertise, confirmed to the TOP 10 by the platform's
/// proposal, a few entries in each log; tickets issued, most finalists checked in; the 24 hours running now (or, at a
/// later stage, over); and hand-ins from most teams.
/// </summary>
public sealed class DemoFinal(AppDbContext db, MentorCommands mentors, FinalTickets tickets, Finalists finalists, UserManager<AppUser> users,
    IPasswordHasher<AppUser> hasher, TimeProvider clock)
{
    private static readonly (string Name, string Email, string Organisation, string Tags, int Capacity)[] Panel =
    [
        ("Nguyễn Thị Cố Vấn", "covan.nguyen", "Công ty Dữ liệu Sao Khuê (minh hoạ)", "government,identity-fraud,online-public-services", 3),
        ("Trần Minh Hướng", "huong.tran", "Viện Giao thông Thông minh (minh hoạ)", "society,vehicle-detection,traffic-incidents,trips-driving", 3),
        ("Lê Hoàng Dẫn", "dan.le", "Quỹ Đầu tư Mầm Non (minh hoạ)", "economy,credit-scoring,labour-market", 2),
        ("Phạm Thu Kèm", "kem.pham", "Trung tâm Đổi mới Sáng tạo (minh hoạ)", "government,society,public-service-processing", 2),
        ("Vũ Đức Chỉ", "chi.vu", "Công ty Phần cứng Đông Á (minh hoạ)", "hardware,trips-driving,economy", 2),
    ];

    /// <summary>The venue, times and list of what to bring, around the demo's final window.</summary>
    public static FinalSettings SettingsFor(EditionDefinition definition) => definition.Final with
    {
        Venue = new LocalizedText("Trung tâm Đổi mới Sáng tạo (minh hoạ)", "Innovation Centre (demo)"),
        Address = new LocalizedText("Số 1 Đại Cồ Việt, Hai Bà Trưng, Hà Nội (minh hoạ)", "1 Dai Co Viet, Hai Ba Trung, Ha Noi (demo)"),
        CheckInAt = definition.FindPhase(FinalClock.PhaseCode)?.StartsAt.AddHours(1),
        Bring = new LocalizedText("CCCD, máy tính xách tay và bộ sạc, vé QR trên điện thoại", "Citizen ID card, laptop and charger, the QR ticket on your phone"),
    };

    /// <param name="stage">At the final the 24 hours run now (started 20 hours ago, or at the window's start); later they are over.</param>
    public async Task SeedAsync(Edition edition, DemoStage stage, CancellationToken cancellationToken)
    {
        if (await finalists.TeamIdsAsync(edition, cancellationToken) is not { Count: > 0 } teamIds
            || edition.Definition.FindPhase(FinalClock.PhaseCode) is not { } window)
        {
            return;
        }

        await MentorsAsync(edition, teamIds, cancellationToken);
        await tickets.IssueAsync(edition, cancellationToken);
        var windowStart = window.StartsAt.UtcDateTime.AddHours(2);
        var recently = clock.GetUtcNow().UtcDateTime.AddHours(-20);
        var start = stage == DemoStage.Final && recently > windowStart ? recently : windowStart;
        var random = new Random(2025);
        foreach (var ticket in await db.FinalTickets.Where(t => t.EditionId == edition.Id).ToListAsync(cancellationToken))
        {
            if (random.NextDouble() < 0.8)
            {
                db.Entry(ticket).Property(t => t.CheckedInAtUtc).CurrentValue = start.AddMinutes(-random.Next(5, 60));
                db.Entry(ticket).Property(t => t.CheckedInByUserId).CurrentValue = "demo";
            }
        }

        db.FinalRuns.Add(FinalRun.Start(edition.Id, start, edition.Definition.Final.Duration, "demo"));
        await db.SaveChangesAsync(cancellationToken);
        await HandInsAsync(edition, teamIds, start, cancellationToken);
    }

    private async Task MentorsAsync(Edition edition, IReadOnlyList<int> teamIds, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var (name, email, organisation, tags, capacity) in Panel)
        {
            db.StaffMembers.Add(new StaffMember
            {
                EditionId = edition.Id, Body = StaffBody.Mentors, FullName = name, NameKey = VietnameseText.Fold(name), Email = $"{email}@{DemoTeams.StaffDomain}",
                Organisation = organisation, Expertise = tags, MentorCapacity = capacity, AddedAtUtc = now,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
        var situation = await new MentorProposals(db, finalists).ForAsync(edition, cancellationToken);
        var choices = situation!.Proposals.Where(p => p.StaffId is not null).ToDictionary(p => p.TeamId, p => p.StaffId!.Value);
        await mentors.ConfirmAsync(edition, choices, "demo", cancellationToken);
        var hash = hasher.HashPassword(new AppUser(), DemoTeams.Password);
        foreach (var mentor in await users.GetUsersInRoleAsync(Roles.Mentor))
        {
            if (mentor.Email?.EndsWith(DemoTeams.StaffDomain, StringComparison.Ordinal) == true)
            {
                mentor.PasswordHash = hash;
                await users.UpdateAsync(mentor);
            }
        }

        var assigned = await (from a in db.MentorAssignments
                              join s in db.StaffMembers on a.StaffMemberId equals s.Id
                              where a.EditionId == edition.Id
                              select new { a.TeamId, s.FullName, s.UserId, a.ConfirmedAtUtc }).ToListAsync(cancellationToken);
        foreach (var line in assigned.Where(a => teamIds.Contains(a.TeamId)))
        {
            var leader = await db.TeamMembers.Where(m => m.TeamId == line.TeamId && m.IsLeader).Select(m => m.UserId).FirstAsync(cancellationToken);
            var leaderName = await db.Users.Where(u => u.Id == leader).Select(u => u.DisplayName).FirstAsync(cancellationToken);
            db.MentoringNotes.AddRange(
                new MentoringNote
                {
                    EditionId = edition.Id, TeamId = line.TeamId, Kind = MentoringNoteKind.Meeting, MeetingAtUtc = line.ConfirmedAtUtc.AddDays(3),
                    Text = "Buổi gặp đầu tiên (trực tuyến): rà lại phạm vi sản phẩm, chọn 3 tính năng cho bản demo.", AuthorUserId = line.UserId ?? "demo",
                    AuthorName = line.FullName, ByMentor = true, CreatedAtUtc = line.ConfirmedAtUtc.AddDays(1),
                },
                new MentoringNote
                {
                    EditionId = edition.Id, TeamId = line.TeamId, Kind = MentoringNoteKind.Advice,
                    Text = "Nên đo thời gian xử lý trước và sau khi dùng sản phẩm, đưa con số vào slide thứ 2.", AuthorUserId = line.UserId ?? "demo",
                    AuthorName = line.FullName, ByMentor = true, CreatedAtUtc = line.ConfirmedAtUtc.AddDays(4),
                },
                new MentoringNote
                {
                    EditionId = edition.Id, TeamId = line.TeamId, Kind = MentoringNoteKind.Advice,
                    Text = "Đội đã cập nhật kịch bản demo theo góp ý; nhờ anh/chị xem lại phần số liệu.", AuthorUserId = leader,
                    AuthorName = leaderName, ByMentor = false, CreatedAtUtc = line.ConfirmedAtUtc.AddDays(6),
                });
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task HandInsAsync(Edition edition, IReadOnlyList<int> teamIds, DateTime start, CancellationToken cancellationToken)
    {
        var savedAt = start.AddHours(20);
        var now = clock.GetUtcNow().UtcDateTime;
        if (savedAt > now)
        {
            savedAt = now.AddMinutes(-30);
        }

        foreach (var teamId in teamIds.Take(Math.Max(1, teamIds.Count * 7 / 10)))
        {
            var leader = await db.TeamMembers.Where(m => m.TeamId == teamId && m.IsLeader).Select(m => m.UserId).FirstAsync(cancellationToken);
            var name = await db.Users.Where(u => u.Id == leader).Select(u => u.DisplayName).FirstAsync(cancellationToken);
            var handIn = HandIn.Open(teamId, edition.Id);
            db.HandIns.Add(handIn);
            await db.SaveChangesAsync(cancellationToken);
            var (repository, video, changelog) = ($"https://git.example.vn/demo/doi-{teamId}", "https://www.youtube.com/watch?v=demo" + teamId,
                "- Hoàn thiện luồng xác thực bằng định danh điện tử\n- Thêm bảng điều khiển cho cán bộ\n- Sửa lỗi hiển thị trên điện thoại");
            var version = new HandInVersion
            {
                HandInId = handIn.Id, Number = 1, RepositoryUrl = repository, VideoUrl = video, Changelog = changelog, SavedByUserId = leader, SavedByName = name,
                SavedAtUtc = savedAt, Checksum = HandInRules.Checksum(repository, video, changelog, []),
            };
            db.HandInVersions.Add(version);
            handIn.Record(version);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
