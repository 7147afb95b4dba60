using DataForLife.Web.Domain;
using DataForLife.Web.Domain.Accounts;
using DataForLife.Web.Domain.Audit;
using DataForLife.Web.Domain.Ceremony;
using DataForLife.Web.Domain.Editions;
using DataForLife.Web.Domain.Email;
using DataForLife.Web.Domain.Judging;
using DataForLife.Web.Domain.Registration;
using DataForLife.Web.Domain.Roster;
using DataForLife.Web.Domain.Submissions;
using DataForLife.Web.Domain.Voting;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace DataForLife.Web.Data;

/// <summary>
/// The platform's one context. Each database provider has a subclass only so that it can keep its own migrations
/// (<see cref="SqliteAppDbContext"/>, <see cref="PostgresAppDbContext"/>); features depend on this type.
/// </summary>
public abstract class AppDbContext(DbContextOptions options) : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
{
    public DbSet<Edition> Editions => Set<Edition>();
    public DbSet<SiteSetting> SiteSettings => Set<SiteSetting>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<Profile> Profiles => Set<Profile>();
    public DbSet<Team> Teams => Set<Team>();
    public DbSet<TeamMember> TeamMembers => Set<TeamMember>();
    public DbSet<Invitation> Invitations => Set<Invitation>();
    public DbSet<StaffMember> StaffMembers => Set<StaffMember>();
    public DbSet<Dossier> Dossiers => Set<Dossier>();
    public DbSet<DossierVersion> DossierVersions => Set<DossierVersion>();
    public DbSet<DossierFile> DossierFiles => Set<DossierFile>();
    public DbSet<DossierDataSet> DossierDataSets => Set<DossierDataSet>();
    public DbSet<SentReminder> SentReminders => Set<SentReminder>();
    public DbSet<ScoreSheet> ScoreSheets => Set<ScoreSheet>();
    public DbSet<Assignment> Assignments => Set<Assignment>();
    public DbSet<DeclaredConflict> DeclaredConflicts => Set<DeclaredConflict>();
    public DbSet<ConflictDecision> ConflictDecisions => Set<ConflictDecision>();
    public DbSet<PitchSession> PitchSessions => Set<PitchSession>();
    public DbSet<PitchSlot> PitchSlots => Set<PitchSlot>();
    public DbSet<TieDecision> TieDecisions => Set<TieDecision>();
    public DbSet<RoundPublication> RoundPublications => Set<RoundPublication>();
    public DbSet<PitchOrder> PitchOrders => Set<PitchOrder>();
    public DbSet<Vote> Votes => Set<Vote>();
    public DbSet<PartnerKey> PartnerKeys => Set<PartnerKey>();
    public DbSet<VoteQuarantine> VoteQuarantines => Set<VoteQuarantine>();
    public DbSet<VoterCode> VoterCodes => Set<VoterCode>();
    public DbSet<ThrottleCounter> ThrottleCounters => Set<ThrottleCounter>();
    public DbSet<Domain.Mentoring.MentorAssignment> MentorAssignments => Set<Domain.Mentoring.MentorAssignment>();
    public DbSet<Domain.Mentoring.MentoringNote> MentoringNotes => Set<Domain.Mentoring.MentoringNote>();
    public DbSet<Domain.Final.FinalRun> FinalRuns => Set<Domain.Final.FinalRun>();
    public DbSet<Domain.Final.FinalTicket> FinalTickets => Set<Domain.Final.FinalTicket>();
    public DbSet<Domain.Final.HandIn> HandIns => Set<Domain.Final.HandIn>();
    public DbSet<Domain.Final.HandInVersion> HandInVersions => Set<Domain.Final.HandInVersion>();
    public DbSet<Award> Awards => Set<Award>();
    public DbSet<Certificate> Certificates => Set<Certificate>();
    public DbSet<Domain.Messages.Announcement> Announcements => Set<Domain.Messages.Announcement>();
    public DbSet<Domain.Messages.AnnouncementRecipient> AnnouncementRecipients => Set<Domain.Messages.AnnouncementRecipient>();
    public DbSet<Domain.Messages.MessageTemplate> MessageTemplates => Set<Domain.Messages.MessageTemplate>();

    /// <summary>The audit log is append-only: a change or removal of an entry through the context is refused.</summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RefuseAuditRewrites();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    /// <inheritdoc cref="SaveChanges(bool)"/>
    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RefuseAuditRewrites();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    private void RefuseAuditRewrites()
    {
        if (ChangeTracker.Entries<AuditEntry>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
        {
            throw new InvalidOperationException("The audit log is append-only: its entries cannot be changed or removed.");
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
        Configurations.JudgingConfiguration.Configure(builder);
        Configurations.MentoringConfiguration.Configure(builder);
        Configurations.FinalConfiguration.Configure(builder);
        Configurations.MessagesConfiguration.Configure(builder);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<NullableUtcDateTimeConverter>();
    }
}
