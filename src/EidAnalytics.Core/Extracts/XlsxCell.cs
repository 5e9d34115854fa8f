namespace EidAnalytics.Core.Extracts;

/// <summary>A cell for <see cref="XlsxWriter"/>: text, a number, or a date stored as Excel stores dates (a serial number shown as a date).</summary>
public readonly record struct XlsxCell
{
    public string? Text { get; private init; }
    public double? Number { get; private init; }
    public DateOnly? Date { get; private init; }

    public static XlsxCell Of(string? text) => new() { Text = text };

    public static XlsxCell Of(double? number) => new() { Number = number };

    public static XlsxCell Of(DateOnly? date) => new() { Date = date };
}
