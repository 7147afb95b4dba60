using DataForLife.Population.Randomness;
using DataForLife.Population.Reference;

namespace DataForLife.Population.Generation;

/// <summary>
/// Generates the households of one chunk. Household h draws from a stream seeded by (seed, h) alone; carriers of
/// anomalies take the next household position and point only at records of the same chunk. With a record limit (the
/// last chunk of a file) generation stops there, the last household is cut short and its links to cut members dropped.
/// </summary>
internal sealed class ChunkGenerator
{
    private readonly ulong _seed;
    private readonly HouseholdGenerator _households;
    private readonly AnomalyInjector _anomalies;
    private readonly RandomStream _random = new(0);
    private readonly HouseholdContext _house = new();

    public ChunkGenerator(ulong seed, double anomalyRate)
    {
        _seed = seed;
        _households = new HouseholdGenerator(ReferenceBook.Instance, seed);
        _anomalies = new AnomalyInjector(_households, anomalyRate);
        _house.Random = _random;
    }

    public void Generate(Chunk chunk, long chunkIndex, int limit = int.MaxValue)
    {
        chunk.Reset(chunkIndex);
        _house.Chunk = chunk;
        AnomalyClass? carrier = null;
        var previousStart = 0;
        for (var slot = 0; slot < Chunk.HouseholdsPerChunk && chunk.Count < limit; slot++)
        {
            var household = (chunkIndex * Chunk.HouseholdsPerChunk) + slot;
            _random.Reset(Mix.Hash(_seed, (ulong)household));
            _house.Slot = slot;
            var start = chunk.Count;
            if (carrier is { } anomaly)
            {
                carrier = null;
                if (_anomalies.TryBuildCarrier(_house, household, anomaly, previousStart, limit))
                {
                    continue;
                }

                _random.Reset(Mix.Hash(_seed, (ulong)household));
            }

            _households.Generate(_house, household);
            if (chunk.Count > limit)
            {
                CutShort(chunk, start, limit);
                break;
            }

            previousStart = start;
            carrier = _anomalies.AfterHousehold(_house);
        }
    }

    private static void CutShort(Chunk chunk, int start, int limit)
    {
        chunk.Count = limit;
        for (var i = start; i < limit; i++)
        {
            ref var person = ref chunk.People[i];
            person.Father = person.Father >= limit ? -1 : person.Father;
            person.Mother = person.Mother >= limit ? -1 : person.Mother;
            person.Spouse = person.Spouse >= limit ? -1 : person.Spouse;
        }
    }
}
