using DataForLife.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DataForLife.Web.Data.Configurations;

public sealed class ThrottleCounterConfiguration : IEntityTypeConfiguration<ThrottleCounter>
{
    public void Configure(EntityTypeBuilder<ThrottleCounter> builder)
    {
        builder.HasKey(c => new { c.Key, c.WindowStart });
        builder.Property(c => c.Key).HasMaxLength(300);
        builder.HasIndex(c => c.WindowStart);
    }
}
