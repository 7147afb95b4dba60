namespace DataForLife.Web.Domain.Editions;

/// <summary>How judges' totals are combined: as given, or each judge's scores standardised first.</summary>
public enum Calibration
{
    Raw,
    ZScore,
}
