using System.Runtime.CompilerServices;
using DataForLife.Web.Domain.Editions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DataForLife.Web.Data.Configurations;

public sealed class EditionConfiguration : IEntityTypeConfiguration<Edition>
{
    public void Configure(EntityTypeBuilder<Edition> builder)
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasMaxLength(20);
        builder.Property(e => e.Revision).IsConcurrencyToken();

        // The definition is replaced as a whole, never mutated, so reference equality tells a change.
        builder.Property(e => e.Definition)
            .HasConversion(d => EditionJson.Serialize(d), json => EditionJson.Deserialize(json))
            .Metadata.SetValueComparer(new ValueComparer<EditionDefinition>(
                (a, b) => ReferenceEquals(a, b),
                d => RuntimeHelpers.GetHashCode(d),
                d => d));
    }
}
