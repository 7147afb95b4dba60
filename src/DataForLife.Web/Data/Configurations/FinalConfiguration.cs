using DataForLife.Web.Domain.Editions;
using DataForLife.Web.Domain.Final;
using DataForLife.Web.Domain.Registration;
using Microsoft.EntityFrameworkCore;

namespace DataForLife.Web.Data.Configurations;

/// <summary>
/// The final's tables. The database holds what it can: one run per edition, one ticket per person and edition, a
/// ticket code once across editions, one hand-in per team and one version per number.
/// </summary>
public static class FinalConfiguration
{
    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<FinalRun>(b =>
        {
            b.HasKey(r => r.EditionId);
            b.HasOne<Edition>().WithMany().HasForeignKey(r => r.EditionId).OnDelete(DeleteBehavior.Cascade);
            b.Property(r => r.EditionId).HasMaxLength(20);
            b.Property(r => r.StartedByUserId).HasMaxLength(450);
        });
        builder.Entity<FinalTicket>(b =>
        {
            b.HasKey(t => t.Id);
            b.HasOne<Team>().WithMany().HasForeignKey(t => t.TeamId).OnDelete(DeleteBehavior.Cascade);
            b.Property(t => t.EditionId).HasMaxLength(20);
            b.Property(t => t.UserId).HasMaxLength(450);
            b.Property(t => t.Code).HasMaxLength(12);
            b.Property(t => t.CheckedInByUserId).HasMaxLength(450);
            b.HasIndex(t => t.Code).IsUnique();
            b.HasIndex(t => new { t.EditionId, t.UserId }).IsUnique();
        });
        builder.Entity<HandIn>(b =>
        {
            b.HasKey(h => h.Id);
            b.HasOne<Team>().WithMany().HasForeignKey(h => h.TeamId).OnDelete(DeleteBehavior.Cascade);
            b.Property(h => h.EditionId).HasMaxLength(20);
            b.Property(h => h.ExtensionReason).HasMaxLength(2000);
            b.Property(h => h.Revision).IsConcurrencyToken();
            b.HasIndex(h => h.TeamId).IsUnique();
        });
        builder.Entity<HandInVersion>(b =>
        {
            b.HasKey(v => v.Id);
            b.HasOne<HandIn>().WithMany().HasForeignKey(v => v.HandInId).OnDelete(DeleteBehavior.Cascade);
            b.Property(v => v.RepositoryUrl).HasMaxLength(HandInRules.MaxUrl);
            b.Property(v => v.VideoUrl).HasMaxLength(HandInRules.MaxUrl);
            b.Property(v => v.Changelog).HasMaxLength(HandInRules.MaxChangelog);
            b.Property(v => v.FileIds).HasMaxLength(1000);
            b.Property(v => v.SavedByUserId).HasMaxLength(450);
            b.Property(v => v.SavedByName).HasMaxLength(200);
            b.Property(v => v.Checksum).HasMaxLength(64);
            b.Ignore(v => v.FileIdList);
            b.HasIndex(v => new { v.HandInId, v.Number }).IsUnique();
        });
    }
}
