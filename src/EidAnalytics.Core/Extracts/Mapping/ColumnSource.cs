namespace EidAnalytics.Core.Extracts.Mapping;

/// <summary>Where one v1 column comes from: a column of the file (<see cref="Header"/>) or one value for every row (<see cref="Value"/>).</summary>
public sealed record ColumnSource(string? Header, string? Value)
{
    public static ColumnSource FromHeader(string header) => new(header, null);

    public static ColumnSource Fixed(string value) => new(null, value);

    /// <summary>In words, as the mapping pages show it: <c>from 'Sex'</c>, or <c>'it' for everyone</c>.</summary>
    public string Describe() => Header is { } header ? $"from '{header}'" : $"'{Value}' for everyone";
}
