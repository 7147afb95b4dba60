namespace DataForLife.Web.Domain.Ceremony;

/// <summary>What a certificate attests: a prize, a place among the finalists (TOP 10), or the first round's selection (TOP 30).</summary>
public enum CertificateKind
{
    Prize,
    Finalist,
    Selected,
}
