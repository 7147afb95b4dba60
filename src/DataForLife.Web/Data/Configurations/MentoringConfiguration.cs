using DataForLife.Web.Domain.Mentoring;
using DataForLife.Web.Domain.Registration;
using DataForLife.Web.Domain.Roster;
using Microsoft.EntityFrameworkCore;

namespace DataForLife.Web.Data.Configurations;

/// <summary>The mentoring tables: one confirmed mentor per team and edition, and each team's log.</summary>
public static class MentoringConfiguration
{
    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<MentorAssignment>(b =>
        {
            b.HasKey(a => a.Id);
            b.HasOne<Team>().WithMany().HasForeignKey(a => a.TeamId).OnDelete(DeleteBehavior.Cascade);
            b.HasOne<StaffMember>().WithMany().HasForeignKey(a => a.StaffMemberId).OnDelete(DeleteBehavior.Cascade);
            b.Property(a => a.EditionId).HasMaxLength(20);
            b.Property(a => a.MatchedTags).HasMaxLength(1000);
            b.Property(a => a.ConfirmedByUserId).HasMaxLength(450);
            b.HasIndex(a => new { a.EditionId, a.TeamId }).IsUnique();
            b.HasIndex(a => a.StaffMemberId);
        });
        builder.Entity<MentoringNote>(b =>
        {
            b.HasKey(n => n.Id);
            b.HasOne<Team>().WithMany().HasForeignKey(n => n.TeamId).OnDelete(DeleteBehavior.Cascade);
            b.Property(n => n.EditionId).HasMaxLength(20);
            b.Property(n => n.Kind).HasConversion<string>().HasMaxLength(20);
            b.Property(n => n.Text).HasMaxLength(MentoringNote.MaxTextLength);
            b.Property(n => n.AuthorUserId).HasMaxLength(450);
            b.Property(n => n.AuthorName).HasMaxLength(200);
            b.Property(n => n.FileName).HasMaxLength(120);
            b.Property(n => n.FileContentType).HasMaxLength(100);
            b.Property(n => n.FileSha256).HasMaxLength(64);
            b.Property(n => n.FileStorageKey).HasMaxLength(32);
            b.HasIndex(n => new { n.TeamId, n.CreatedAtUtc });
        });
    }
}
