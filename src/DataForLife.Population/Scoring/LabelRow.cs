namespace DataForLife.Population.Scoring;

/// <summary>One row of a labels or predictions file: <c>record_id,class,group_id</c> (labels also say kind and tier).</summary>
public sealed record LabelRow(long RecordId, string Class, long GroupId)
{
    public bool IsNoise => AnomalyClasses.IsNoiseName(Class);
}
