namespace DataForLife.Population.Detection;

/// <summary>
/// The first three digits name another province (or country) than the place of birth registration. Only that place
/// counts: a different residence or hometown is normal (migration), and so is an old code under a 2025 name.
/// </summary>
internal sealed class NumberProvinceMismatchRule : DetectionRule
{
    private readonly RegistrationPlaces _places = new();

    public override AnomalyClass Class => AnomalyClass.NumberProvinceMismatch;

    public override string Description => "the province code disagrees with nơi đăng ký khai sinh (residence and hometown are not compared)";

    public override IEnumerable<Finding> Find(DetectionContext context)
    {
        foreach (var facts in context.Facts)
        {
            if (IdentityNumber.TryParse(facts.Record.Number, out var number) && number.HasKnownRegistrationCode
                && _places.CodesFor(facts.Record.BirthRegistration) is { } codes && !codes.Contains(number.RegistrationCode))
            {
                yield return Flag(facts, $"code {number.RegistrationCode}, registered in {facts.Record.BirthRegistration}");
            }
        }
    }
}
