using DataForLife.Web.Domain.Catalogue;
using DataForLife.Web.Domain.Registration;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DataForLife.Web.Data.Configurations;

public sealed class PredictionSubmissionConfiguration : IEntityTypeConfiguration<PredictionSubmission>
{
    public void Configure(EntityTypeBuilder<PredictionSubmission> builder)
    {
        builder.ToTable("PredictionSubmissions");
        builder.HasKey(s => s.Id);

        // Scores are kept: neither a data set nor a team with submissions can be deleted by accident.
        builder.HasOne<DataSet>().WithMany().HasForeignKey(s => s.DataSetId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Team>().WithMany().HasForeignKey(s => s.TeamId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(s => s.EditionId).HasMaxLength(20);
        builder.Property(s => s.SubmittedByUserId).HasMaxLength(450);
        builder.Property(s => s.FileName).HasMaxLength(120);
        builder.Property(s => s.Sha256).HasMaxLength(64);
        builder.Property(s => s.LabelsVersion).HasMaxLength(40);
        builder.Property(s => s.ClassesJson).HasMaxLength(8000);
        builder.HasIndex(s => new { s.DataSetId, s.TeamId, s.SubmittedAtUtc });
        builder.Ignore(s => s.Classes);
        builder.Ignore(s => s.Overall);
    }
}
