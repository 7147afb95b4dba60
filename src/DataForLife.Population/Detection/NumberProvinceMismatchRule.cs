using DataForLife.Population.Reference;

namespace DataForLife.Population.Detection;

/// <summary>
/// The first three digits name another province than the place of birth registration. Only that place counts: a
/// different residence or hometown is normal (migration), and so is an old code under a 2025 address.
/// </summary>
internal sealed class NumberProvinceMismatchRule : DetectionRule
{
    private readonly Dictionary<string, string> _codeByOfficialName = Provinces.All.ToDictionary(p => Key(p.OfficialName), p => p.Code, StringComparer.Ordinal);

    public override AnomalyClass Class => AnomalyClass.NumberProvinceMismatch;

    public override string Description => "the province code disagrees with nơi đăng ký khai sinh (residence and hometown are not compared)";

    public override IEnumerable<Finding> Find(DetectionContext context)
    {
        foreach (var facts in context.Facts)
        {
            var place = facts.Record.BirthRegistration;
            var province = place[(place.LastIndexOf(", ", StringComparison.Ordinal) + 1)..].Trim();
            if (IdentityNumber.TryParse(facts.Record.Number, out var number) && Provinces.Find(number.RegistrationCode) is not null
                && _codeByOfficialName.TryGetValue(Key(province), out var code) && code != number.RegistrationCode)
            {
                yield return Flag(facts, $"code {number.RegistrationCode}, registered in {province}");
            }
        }
    }

    private static string Key(string text) => VietnameseText.Fold(text).ToLowerInvariant();
}
