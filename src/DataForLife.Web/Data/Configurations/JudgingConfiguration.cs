using DataForLife.Web.Domain.Editions;
using DataForLife.Web.Domain.Judging;
using DataForLife.Web.Domain.Registration;
using Microsoft.EntityFrameworkCore;

namespace DataForLife.Web.Data.Configurations;

/// <summary>The judging tables. Unique indexes hold the rules the database can hold: one sheet per judge and entry.</summary>
public static class JudgingConfiguration
{
    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<ScoreSheet>(b =>
        {
            b.HasKey(s => s.Id);
            b.HasOne<Team>().WithMany().HasForeignKey(s => s.TeamId).OnDelete(DeleteBehavior.Cascade);
            b.Property(s => s.EditionId).HasMaxLength(20);
            b.Property(s => s.RoundCode).HasMaxLength(20);
            b.Property(s => s.JudgeUserId).HasMaxLength(450);
            b.Property(s => s.ScoresJson).HasMaxLength(2000);
            b.Property(s => s.Notes).HasMaxLength(8000);
            b.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
            b.Property(s => s.Version).IsConcurrencyToken();
            b.Ignore(s => s.Scores);
            b.HasIndex(s => new { s.EditionId, s.RoundCode, s.TeamId, s.JudgeUserId }).IsUnique();
        });
        builder.Entity<Assignment>(b =>
        {
            b.HasKey(a => a.Id);
            b.HasOne<Team>().WithMany().HasForeignKey(a => a.TeamId).OnDelete(DeleteBehavior.Cascade);
            b.Property(a => a.EditionId).HasMaxLength(20);
            b.Property(a => a.RoundCode).HasMaxLength(20);
            b.Property(a => a.JudgeUserId).HasMaxLength(450);
            b.HasIndex(a => new { a.EditionId, a.RoundCode, a.TeamId, a.JudgeUserId }).IsUnique();
        });
        builder.Entity<DeclaredConflict>(b =>
        {
            b.HasKey(c => c.Id);
            b.Property(c => c.EditionId).HasMaxLength(20);
            b.Property(c => c.JudgeUserId).HasMaxLength(450);
            b.Property(c => c.Organisation).HasMaxLength(200);
            b.Property(c => c.OrganisationKey).HasMaxLength(200);
            b.Property(c => c.Reason).HasMaxLength(2000);
            b.HasIndex(c => new { c.EditionId, c.JudgeUserId });
        });
        builder.Entity<ConflictDecision>(b =>
        {
            b.HasKey(c => c.Id);
            b.HasOne<Team>().WithMany().HasForeignKey(c => c.TeamId).OnDelete(DeleteBehavior.Cascade);
            b.Property(c => c.EditionId).HasMaxLength(20);
            b.Property(c => c.JudgeUserId).HasMaxLength(450);
            b.Property(c => c.Finding).HasMaxLength(500);
            b.Property(c => c.Reason).HasMaxLength(2000);
            b.Property(c => c.DecidedByUserId).HasMaxLength(450);
            b.HasIndex(c => new { c.EditionId, c.JudgeUserId, c.TeamId }).IsUnique();
        });
        builder.Entity<PitchSession>(b =>
        {
            b.HasKey(s => s.Id);
            b.HasOne<Edition>().WithMany().HasForeignKey(s => s.EditionId).OnDelete(DeleteBehavior.Cascade);
            b.Property(s => s.EditionId).HasMaxLength(20);
            b.Property(s => s.Venue).HasConversion<string>().HasMaxLength(20);
            b.Property(s => s.MeetingLink).HasMaxLength(500);
            b.Property(s => s.JudgeIds).HasMaxLength(4000);
            b.Ignore(s => s.JudgeIdList);
        });
        builder.Entity<PitchSlot>(b =>
        {
            b.HasKey(s => s.Id);
            b.HasOne<PitchSession>().WithMany().HasForeignKey(s => s.SessionId).OnDelete(DeleteBehavior.Cascade);
            b.HasOne<Team>().WithMany().HasForeignKey(s => s.TeamId).OnDelete(DeleteBehavior.Cascade);
            b.Property(s => s.EditionId).HasMaxLength(20);
            b.HasIndex(s => new { s.SessionId, s.Position }).IsUnique();
            b.HasIndex(s => new { s.EditionId, s.TeamId }).IsUnique();
        });
        builder.Entity<TieDecision>(b =>
        {
            b.HasKey(d => d.Id);
            b.Property(d => d.EditionId).HasMaxLength(20);
            b.Property(d => d.RoundCode).HasMaxLength(20);
            b.Property(d => d.TeamIds).HasMaxLength(1000);
            b.Property(d => d.Reason).HasMaxLength(4000);
            b.Property(d => d.DecidedByUserId).HasMaxLength(450);
        });
        builder.Entity<RoundPublication>(b =>
        {
            b.HasKey(p => p.Id);
            b.Property(p => p.EditionId).HasMaxLength(20);
            b.Property(p => p.RoundCode).HasMaxLength(20);
            b.Property(p => p.Hash).HasMaxLength(64);
            b.Property(p => p.PublishedByUserId).HasMaxLength(450);
            b.HasIndex(p => new { p.EditionId, p.RoundCode }).IsUnique();
        });
        builder.Entity<PitchOrder>(b =>
        {
            b.HasKey(p => p.Id);
            b.Property(p => p.EditionId).HasMaxLength(20);
            b.Property(p => p.RoundCode).HasMaxLength(20);
            b.Property(p => p.Codes).HasMaxLength(1000);
            b.Property(p => p.DrawnByUserId).HasMaxLength(450);
            b.HasIndex(p => new { p.EditionId, p.RoundCode }).IsUnique();
        });
    }
}
