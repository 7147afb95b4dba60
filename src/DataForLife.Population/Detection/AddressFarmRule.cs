namespace DataForLife.Population.Detection;

/// <summary>
/// Many unrelated adults at one address (§5.2 ADDRESS_FARM): at least four adults there who fall into at least four
/// families, families being joined by parent and spouse links. Adults with no relative at the address are flagged.
/// </summary>
internal sealed class AddressFarmRule : DetectionRule
{
    public const int Threshold = 4;

    public override AnomalyClass Class => AnomalyClass.AddressFarm;

    public override string Description => $"{Threshold}+ adults at one nơi thường trú with no family link between them";

    public override IEnumerable<Finding> Find(DetectionContext context)
    {
        var byAddress = context.Facts.Where(f => f.AddressKey.Length > 0 && f.Age is >= 18).GroupBy(f => f.AddressKey, StringComparer.Ordinal);
        foreach (var dwelling in byAddress)
        {
            var adults = dwelling.ToList();
            if (adults.Count < Threshold)
            {
                continue;
            }

            var families = new Families(adults.Select(a => a.Record.Number));
            foreach (var adult in adults)
            {
                foreach (var relative in (string[])[adult.Record.FatherNumber, adult.Record.MotherNumber, adult.Record.SpouseNumber])
                {
                    families.Join(adult.Record.Number, relative);
                }
            }

            if (families.Count >= Threshold)
            {
                foreach (var adult in adults.Where(a => families.SizeOf(a.Record.Number) == 1))
                {
                    yield return Flag(adult, "farm:" + dwelling.Key, $"{families.Count} unrelated families at one address");
                }
            }
        }
    }

    /// <summary>Union-find over the numbers of one address.</summary>
    private sealed class Families
    {
        private readonly Dictionary<string, string> _parent = new(StringComparer.Ordinal);

        public Families(IEnumerable<string> members)
        {
            foreach (var member in members)
            {
                _parent[member] = member;
            }
        }

        public int Count => _parent.Keys.Count(k => Root(k) == k);

        public int SizeOf(string member)
        {
            var root = Root(member);
            return _parent.Keys.Count(k => Root(k) == root);
        }

        public void Join(string a, string b)
        {
            if (b.Length > 0 && _parent.ContainsKey(b))
            {
                _parent[Root(a)] = Root(b);
            }
        }

        private string Root(string member)
        {
            while (_parent[member] != member)
            {
                member = _parent[member];
            }

            return member;
        }
    }
}
