namespace DataForLife.Population;

/// <summary>What a label says about a record: a clerical data-quality error, identity fraud, or benign noise.</summary>
public enum AnomalyKind
{
    Error,
    Fraud,
    Noise,
}
