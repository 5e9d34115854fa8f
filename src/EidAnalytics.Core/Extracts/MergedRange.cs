using System.Globalization;

namespace EidAnalytics.Core.Extracts;

/// <summary>A merged range of cells, zero-based, and once read the text of its first cell.</summary>
internal sealed record MergedRange(int FirstRow, int FirstColumn, int LastRow, int LastColumn, string? Text = null)
{
    public static bool TryParse(string? reference, out MergedRange range)
    {
        range = null!;
        var parts = reference?.Split(':');
        if (parts is not { Length: 2 } || Cell(parts[0]) is not { } first || Cell(parts[1]) is not { } last)
        {
            return false;
        }

        range = new MergedRange(first.Row, first.Column, last.Row, last.Column);
        return true;
    }

    /// <summary>The zero-based column of a cell reference such as <c>AB12</c>; null if it has none.</summary>
    public static int? ColumnOf(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return null;
        }

        var column = 0;
        var i = 0;
        for (; i < reference.Length && char.IsAsciiLetter(reference[i]) && i < 4; i++)
        {
            column = (column * 26) + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
        }

        return i == 0 ? null : column - 1;
    }

    private static (int Row, int Column)? Cell(string reference)
    {
        var letters = reference.TakeWhile(char.IsAsciiLetter).Count();
        return ColumnOf(reference) is { } column && int.TryParse(reference.AsSpan(letters), CultureInfo.InvariantCulture, out var row)
            ? (row, column)
            : null;
    }
}
