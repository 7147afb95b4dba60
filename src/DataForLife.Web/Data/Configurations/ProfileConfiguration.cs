using DataForLife.Web.Domain.Accounts;
using DataForLife.Web.Domain.Registration;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DataForLife.Web.Data.Configurations;

public sealed class ProfileConfiguration : IEntityTypeConfiguration<Profile>
{
    public void Configure(EntityTypeBuilder<Profile> builder)
    {
        builder.HasKey(p => p.UserId);
        builder.HasOne<AppUser>().WithOne().HasForeignKey<Profile>(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(p => p.FullName).HasMaxLength(200);
        builder.Property(p => p.NameKey).HasMaxLength(200);
        builder.Property(p => p.Nationality).HasMaxLength(2);
        builder.Property(p => p.CountryOfResidence).HasMaxLength(2);
        builder.Property(p => p.Sex).HasConversion<string>().HasMaxLength(10);
        builder.Property(p => p.DocumentKind).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.DocumentNumber).HasMaxLength(20);
        builder.Property(p => p.Phone).HasMaxLength(20);
        builder.Property(p => p.Email).HasMaxLength(256);
        builder.Property(p => p.Organisation).HasMaxLength(200);
        builder.Property(p => p.OrganisationKey).HasMaxLength(200);
        builder.HasIndex(p => p.NameKey);
        builder.HasIndex(p => p.DocumentNumber);
    }
}
