using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace ChatBot.Core.Corpus;

/// <summary>
/// A calendar date known to year, month or day precision. Sources often give only "July 1978" or "2004",
/// and pretending those are full dates would invent facts.
/// </summary>
public readonly record struct PartialDate(int Year, int Month = 0, int Day = 0) : IComparable<PartialDate>
{
    public DatePrecision Precision => Day > 0 ? DatePrecision.Day : Month > 0 ? DatePrecision.Month : DatePrecision.Year;

    /// <summary>A sortable key: unknown parts sort before known ones in the same year or month.</summary>
    public int SortKey => (Year * 100 + Month) * 100 + Day;

    public int CompareTo(PartialDate other) => SortKey.CompareTo(other.SortKey);

    /// <summary>ISO form at the known precision: "2002", "2002-09", "2002-09-17".</summary>
    public override string ToString() => Precision switch
    {
        DatePrecision.Day => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}"),
        DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}"),
        _ => Year.ToString("D4", CultureInfo.InvariantCulture),
    };

    public static bool IsValid(int year, int month, int day)
    {
        if (year is < 1 or > 9999 || month is < 0 or > 12 || day < 0 || (month == 0 && day > 0))
        {
            return false;
        }

        return day == 0 || day <= DateTime.DaysInMonth(year, month);
    }

    /// <summary>Parses exactly YYYY, YYYY-MM or YYYY-MM-DD.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out PartialDate? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var parts = text.Trim().Split('-');
        if (parts.Length > 3 || parts[0].Length != 4 || parts.Skip(1).Any(p => p.Length != 2))
        {
            return false;
        }

        var numbers = new int[3];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out numbers[i]))
            {
                return false;
            }
        }

        if (!IsValid(numbers[0], numbers[1], numbers[2]) || (parts.Length >= 2 && numbers[1] == 0) || (parts.Length == 3 && numbers[2] == 0))
        {
            return false;
        }

        date = new PartialDate(numbers[0], numbers[1], numbers[2]);
        return true;
    }
}
