using DataForLife.Population.Randomness;
using DataForLife.Population.Reference;

namespace DataForLife.Population.Generation;

/// <summary>
/// Generates the households of one chunk. Household h draws from a stream seeded by (seed, h) alone; carriers of
/// anomalies take the next household position and point only at records of the same chunk. With a record limit (the
/// last chunk of a file) generation stops there, the last household is cut short and its links to cut members
/// dropped. The chunk is then shuffled and numbered (<see cref="Chunk.Finish"/>).
/// </summary>
internal sealed class ChunkGenerator
{
    private const ulong OrderStream = 0x0DE2_5EED_0DE2_5EEDUL;

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
        for (var slot = 0; slot < Chunk.HouseholdsPerChunk && chunk.WrittenSoFar < limit; slot++)
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
            if (chunk.WrittenSoFar > limit)
            {
                CutShort(chunk, start, limit);
                break;
            }

            previousStart = start;
            carrier = _anomalies.AfterHousehold(_house);
        }

        _random.Reset(Mix.Hash(_seed, (ulong)chunkIndex, OrderStream));
        chunk.Finish(_random);
    }

    /// <summary>Drops the records of the last household past the limit, and the links to them.</summary>
    private static void CutShort(Chunk chunk, int start, int limit)
    {
        var written = chunk.WrittenSoFar;
        var end = chunk.Count;
        while (written > limit)
        {
            end--;
            written -= chunk.People[end].Phantom ? 0 : 1;
        }

        // Phantoms of the household that were added after the last kept record go too.
        chunk.Count = end;
        chunk.WrittenSoFar = written;
        for (var i = start; i < end; i++)
        {
            ref var person = ref chunk.People[i];
            person.Father = person.Father >= end ? -1 : person.Father;
            person.Mother = person.Mother >= end ? -1 : person.Mother;
            person.Spouse = person.Spouse >= end ? -1 : person.Spouse;
            person.Head = person.Head >= end ? -1 : person.Head;
        }
    }
}
