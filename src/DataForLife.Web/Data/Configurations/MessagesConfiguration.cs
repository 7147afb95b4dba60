using DataForLife.Web.Domain.Accounts;
using DataForLife.Web.Domain.Messages;
using Microsoft.EntityFrameworkCore;

namespace DataForLife.Web.Data.Configurations;

/// <summary>Announcements, their recipients, and the organisers' e-mail templates.</summary>
public static class MessagesConfiguration
{
    public static void Configure(ModelBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Entity<Announcement>(a =>
        {
            a.HasKey(x => x.Id);
            a.Property(x => x.EditionId).HasMaxLength(20);
            a.Property(x => x.Segment).HasMaxLength(80);
            a.Property(x => x.TitleVi).HasMaxLength(200);
            a.Property(x => x.TitleEn).HasMaxLength(200);
            a.Property(x => x.BodyVi).HasMaxLength(20000);
            a.Property(x => x.BodyEn).HasMaxLength(20000);
            a.Property(x => x.CreatedByUserId).HasMaxLength(450);
            a.HasIndex(x => new { x.SentAtUtc, x.DueAtUtc });
            a.HasIndex(x => new { x.EditionId, x.CreatedAtUtc });
        });
        builder.Entity<AnnouncementRecipient>(r =>
        {
            r.HasKey(x => x.Id);
            r.HasOne<Announcement>().WithMany().HasForeignKey(x => x.AnnouncementId).OnDelete(DeleteBehavior.Cascade);
            r.HasOne<AppUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
            r.HasIndex(x => new { x.AnnouncementId, x.UserId }).IsUnique();
            r.HasIndex(x => x.UserId);
        });
        builder.Entity<MessageTemplate>(t =>
        {
            t.HasKey(x => x.Key);
            t.Property(x => x.Key).HasMaxLength(60);
            t.Property(x => x.SubjectVi).HasMaxLength(300);
            t.Property(x => x.SubjectEn).HasMaxLength(300);
            t.Property(x => x.BodyVi).HasMaxLength(10000);
            t.Property(x => x.BodyEn).HasMaxLength(10000);
            t.Property(x => x.UpdatedByUserId).HasMaxLength(450);
        });
    }
}
