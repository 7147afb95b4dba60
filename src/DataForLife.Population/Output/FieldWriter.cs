using System.Text;
using DataForLife.Population.Generation;
using DataForLife.Population.Reference;

namespace DataForLife.Population.Output;

/// <summary>
/// Writes one column of one record as UTF-8, without quoting (the format writers add their own). The three place
/// columns of a record use one era: the 2025 names when the record was updated since the merger, the old ones otherwise.
/// </summary>
internal sealed class FieldWriter(ReferenceBook book, IdentityRenderer ids)
{
    public const int ColumnCount = 17;
    private readonly Place[] _places = [.. book.Places.All];
    private readonly Country[] _countries = [.. book.Countries.All];
    private readonly byte[][] _ethnicities = [.. book.Ethnicities.Names.Select(n => n.Utf8)];
    private readonly byte[][] _religions = [.. book.Religions.Names.Select(n => n.Utf8)];
    private readonly NameStyle[] _styles = [.. Enumerable.Range(0, book.Ethnicities.Names.Count).Select(e => book.Names.Ethnic[e]?.Style ?? NameStyle.FamilyFirst)];

    public static bool IsEmpty(in PersonRecord person, int column) => column switch
    {
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
            case 5: buffer.Append(ProvinceText(person, person.Hometown)); break;
            case 6: buffer.Append(_ethnicities[person.Ethnicity]); break;
            case 7: buffer.Append(_religions[person.Religion]); break;
            case 8: buffer.Append(FixedTexts.Vietnam); break;
            case 9: buffer.Append(FixedTexts.Of(person.Marital)); break;
            case 10: WriteAddress(chunk, person, buffer); break;
            case 11: buffer.Append(FixedTexts.Of(person.Relation)); break;
            case 12: WriteLink(person.Household < 0 ? -1 : person.Head, buffer); break;
            case 13: WriteLink(person.Father, buffer); break;
            case 14: WriteLink(person.Mother, buffer); break;
            case 15: WriteLink(person.Spouse, buffer); break;
            default: WriteDeath(person, buffer); break;
        }
    }

    /// <summary>A whole CSV row in one pass (the hot path of the generator); the two place columns with commas are quoted.</summary>
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
        buffer.Append(ProvinceText(person, person.Hometown));
        buffer.Append((byte)',');
        buffer.Append(_ethnicities[person.Ethnicity]);
        buffer.Append((byte)',');
        buffer.Append(_religions[person.Religion]);
        buffer.Append((byte)',');
        buffer.Append(FixedTexts.Vietnam);
        buffer.Append((byte)',');
        buffer.Append(FixedTexts.Of(person.Marital));
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

    private byte[] ProvinceText(in PersonRecord person, int place) =>
        person.NewEra ? _places[place].Successor.Utf8 : _places[place].Official.Utf8;

    private void WriteRegistration(in PersonRecord person, Utf8Buffer buffer)
    {
        if (person.Abroad > 0)
        {
            buffer.Append(_countries[person.Abroad - 1].Mission.Utf8);
            return;
        }

        WriteCommune(person, _places[person.Registration].Communes[person.RegistrationCommune], buffer);
        buffer.Append(FixedTexts.Separator);
        buffer.Append(ProvinceText(person, person.Registration));
    }

    private static void WriteCommune(in PersonRecord person, Commune commune, Utf8Buffer buffer) =>
        buffer.Append(person.NewEra ? commune.After.Utf8 : commune.Before.Utf8);

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
        Span<int> words = stackalloc int[4];
        var count = 0;
        var style = _styles[person.Ethnicity];
        if (style == NameStyle.FamilyFirst)
        {
            words[count++] = person.Family;
        }

        foreach (var word in (ReadOnlySpan<int>)[person.Middle1, person.Middle2, person.Given])
        {
            if (word >= 0)
            {
                words[count++] = word;
            }
        }

        if (style == NameStyle.ClanLast)
        {
            words[count++] = person.Family;
        }

        if (person.Noise == Noise.Typo)
        {
            // The slip is in the given name, or in the family name one time in five.
            var slipped = person.NoiseArgument % 5 == 0 && style == NameStyle.FamilyFirst ? 0 : style == NameStyle.ClanLast ? count - 2 : count - 1;
            var texts = new string[count];
            for (var i = 0; i < count; i++)
            {
                texts[i] = i == slipped ? Typos.Apply(book.Words[words[i]].Value, person.NoiseArgument / 5) : book.Words[words[i]].Value;
            }

            buffer.Append(Encoding.UTF8.GetBytes(string.Join(' ', texts)));
            return;
        }

        var folded = person.Noise == Noise.MissingDiacritics;
        for (var i = 0; i < count; i++)
        {
            if (i > 0)
            {
                buffer.Append((byte)' ');
            }

            buffer.Append(folded ? book.Words[words[i]].Folded : book.Words[words[i]].Utf8);
        }
    }

    private void WriteAddress(Chunk chunk, in PersonRecord person, Utf8Buffer buffer)
    {
        if (person.Household < 0)
        {
            return;
        }

        ref readonly var address = ref chunk.Households[person.Household];
        var place = _places[address.Residence];
        if (address.Dormitory)
        {
            buffer.Append(FixedTexts.Dormitory);
            buffer.Append((byte)('A' + (address.House % 8)));
            buffer.Append(FixedTexts.Room);
            buffer.AppendNumber(address.House);
        }
        else
        {
            buffer.Append(FixedTexts.House);
            buffer.AppendNumber(address.House);
            if (address.Alley > 0)
            {
                buffer.Append(place.IsNorth ? FixedTexts.AlleyNorth : FixedTexts.AlleySouth);
                buffer.AppendNumber(address.Alley);
            }
        }

        buffer.Append(address.Urban
            ? place.IsNorth ? FixedTexts.UrbanHamletNorth : FixedTexts.UrbanHamletSouth
            : place.IsNorth ? FixedTexts.RuralHamletNorth : FixedTexts.RuralHamletSouth);
        buffer.AppendNumber(address.Hamlet);
        buffer.Append(FixedTexts.Separator);
        WriteCommune(person, place.Communes[address.Commune], buffer);
        buffer.Append(FixedTexts.Separator);
        buffer.Append(person.Noise == Noise.CityAbbreviation && place.SuccessorAbbreviation is { } abbreviation
            ? abbreviation.Utf8 : ProvinceText(person, address.Residence));
    }
}
