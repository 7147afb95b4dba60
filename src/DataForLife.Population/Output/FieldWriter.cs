using System.Text;
using DataForLife.Population.Generation;
using DataForLife.Population.Reference;

namespace DataForLife.Population.Output;

/// <summary>Writes one column of one record as UTF-8, without quoting (the format writers add their own).</summary>
internal sealed class FieldWriter(ReferenceBook book, IdentityRenderer ids)
{
    public const int ColumnCount = 17;
    private readonly Place[] _places = [.. book.Places.All];
    private readonly byte[][] _ethnicities = [.. book.Ethnicities.Names.Select(n => n.Utf8)];
    private readonly byte[][] _religions = [.. book.Religions.Names.Select(n => n.Utf8)];

    public static bool IsEmpty(in PersonRecord person, int column) => column switch
    {
        9 => person.BloodGroup == 0,
        10 or 11 or 12 => person.Household < 0,
        13 => person.Father < 0,
        14 => person.Mother < 0,
        15 => person.Spouse < 0,
        16 => !person.IsDead,
        _ => false,
    };

    public void Write(Chunk chunk, int record, int column, Utf8Buffer buffer)
    {
        ref readonly var person = ref chunk.People[record];
        switch (column)
        {
            case 0: buffer.Append(ids.Of(record)); break;
            case 1: WriteName(person, buffer); break;
            case 2: WriteDate(person.BirthDay, person.BirthMonth, person.BirthYear, buffer); break;
            case 3: buffer.Append(person.Sex == Sex.Male ? FixedTexts.Male : FixedTexts.Female); break;
            case 4: WriteRegistration(person, buffer); break;
            case 5: buffer.Append(_places[person.Hometown].Official.Utf8); break;
            case 6: buffer.Append(_ethnicities[person.Ethnicity]); break;
            case 7: buffer.Append(_religions[person.Religion]); break;
            case 8: buffer.Append(FixedTexts.Of(person.Marital)); break;
            case 9: buffer.Append(FixedTexts.Blood(person.BloodGroup)); break;
            case 10: WriteAddress(chunk, person, buffer); break;
            case 11: buffer.Append(FixedTexts.Of(person.Relation)); break;
            case 12: WriteLink(person.Household < 0 ? -1 : person.Head, buffer); break;
            case 13: WriteLink(person.Father, buffer); break;
            case 14: WriteLink(person.Mother, buffer); break;
            case 15: WriteLink(person.Spouse, buffer); break;
            default: WriteDeath(person, buffer); break;
        }
    }

    /// <summary>A whole CSV row in one pass (the hot path of the generator); the two place columns are quoted.</summary>
    public void WriteCsvRow(Chunk chunk, int record, Utf8Buffer buffer)
    {
        ref readonly var person = ref chunk.People[record];
        buffer.Append(ids.Of(record));
        buffer.Append((byte)',');
        WriteName(person, buffer);
        buffer.Append((byte)',');
        WriteDate(person.BirthDay, person.BirthMonth, person.BirthYear, buffer);
        buffer.Append(person.Sex == Sex.Male ? ",Nam,\""u8 : ",Nữ,\""u8);
        WriteRegistration(person, buffer);
        buffer.Append("\","u8);
        buffer.Append(_places[person.Hometown].Official.Utf8);
        buffer.Append((byte)',');
        buffer.Append(_ethnicities[person.Ethnicity]);
        buffer.Append((byte)',');
        buffer.Append(_religions[person.Religion]);
        buffer.Append((byte)',');
        buffer.Append(FixedTexts.Of(person.Marital));
        buffer.Append((byte)',');
        buffer.Append(FixedTexts.Blood(person.BloodGroup));
        buffer.Append((byte)',');
        if (person.Household >= 0)
        {
            buffer.Append((byte)'"');
            WriteAddress(chunk, person, buffer);
            buffer.Append((byte)'"');
        }

        buffer.Append((byte)',');
        buffer.Append(FixedTexts.Of(person.Relation));
        buffer.Append((byte)',');
        WriteLink(person.Household < 0 ? -1 : person.Head, buffer);
        buffer.Append((byte)',');
        WriteLink(person.Father, buffer);
        buffer.Append((byte)',');
        WriteLink(person.Mother, buffer);
        buffer.Append((byte)',');
        WriteLink(person.Spouse, buffer);
        buffer.Append((byte)',');
        WriteDeath(person, buffer);
        buffer.Append((byte)'\n');
    }

    private void WriteRegistration(in PersonRecord person, Utf8Buffer buffer)
    {
        buffer.Append(person.RegistrationUrban ? FixedTexts.Ward : FixedTexts.Commune);
        buffer.AppendNumber(person.RegistrationCommune);
        buffer.Append(FixedTexts.Separator);
        buffer.Append(_places[person.Registration].Official.Utf8);
    }

    private static void WriteDeath(in PersonRecord person, Utf8Buffer buffer)
    {
        if (person.IsDead)
        {
            WriteDate(person.DeathDay, person.DeathMonth, person.DeathYear, buffer);
        }
    }

    private void WriteLink(int record, Utf8Buffer buffer)
    {
        if (record >= 0)
        {
            buffer.Append(ids.Of(record));
        }
    }

    private static void WriteDate(int day, int month, int year, Utf8Buffer buffer)
    {
        buffer.AppendTwoDigits(day);
        buffer.Append((byte)'/');
        buffer.AppendTwoDigits(month);
        buffer.Append((byte)'/');
        buffer.AppendNumber(year);
    }

    private void WriteName(in PersonRecord person, Utf8Buffer buffer)
    {
        if (person.Noise == Noise.Typo)
        {
            buffer.Append(Encoding.UTF8.GetBytes(TypoName(person)));
            return;
        }

        var folded = person.Noise == Noise.MissingDiacritics;
        Word(person.Family, folded, buffer);
        foreach (var word in (ReadOnlySpan<int>)[person.Middle1, person.Middle2, person.Given])
        {
            if (word >= 0)
            {
                buffer.Append((byte)' ');
                Word(word, folded, buffer);
            }
        }
    }

    private void Word(int id, bool folded, Utf8Buffer buffer) => buffer.Append(folded ? book.Words[id].Folded : book.Words[id].Utf8);

    /// <summary>Two neighbouring letters of the given name swapped (or one doubled), as a hurried clerk types it.</summary>
    private string TypoName(in PersonRecord person)
    {
        var given = book.Words[person.Given].Value;
        var at = person.NoiseArgument % Math.Max(1, given.Length - 1);
        var typed = given.Length >= 2 && given[at] != given[at + 1]
            ? string.Concat(given.AsSpan(0, at), given.AsSpan(at + 1, 1), given.AsSpan(at, 1), given.AsSpan(at + 2))
            : given + given[^1];
        var words = new[] { person.Family, person.Middle1, person.Middle2 }.Where(w => w >= 0).Select(w => book.Words[w].Value);
        return string.Join(' ', words.Append(typed));
    }

    private void WriteAddress(Chunk chunk, in PersonRecord person, Utf8Buffer buffer)
    {
        if (person.Household < 0)
        {
            return;
        }

        ref readonly var address = ref chunk.Households[person.Household];
        var place = _places[address.Residence];
        buffer.Append(FixedTexts.House);
        buffer.AppendNumber(address.House);
        if (address.Alley > 0)
        {
            buffer.Append(place.IsNorth ? FixedTexts.AlleyNorth : FixedTexts.AlleySouth);
            buffer.AppendNumber(address.Alley);
        }

        buffer.Append(address.Urban
            ? place.IsNorth ? FixedTexts.UrbanHamletNorth : FixedTexts.UrbanHamletSouth
            : place.IsNorth ? FixedTexts.RuralHamletNorth : FixedTexts.RuralHamletSouth);
        buffer.AppendNumber(address.Hamlet);
        buffer.Append(FixedTexts.Separator);
        buffer.Append(address.Urban ? FixedTexts.Ward : FixedTexts.Commune);
        buffer.AppendNumber(address.Commune);
        buffer.Append(FixedTexts.Separator);
        buffer.Append(person.Noise switch
        {
            Noise.CityAbbreviation => place.SuccessorAbbreviation!.Utf8,
            Noise.OldProvinceName => place.Official.Utf8,
            _ => place.Successor.Utf8,
        });
    }
}
