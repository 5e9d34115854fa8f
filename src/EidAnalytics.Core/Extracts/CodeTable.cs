namespace EidAnalytics.Core.Extracts;

/// <summary>A two-way map between a coded column's text codes and its enum. Matching ignores case.</summary>
public sealed class CodeTable<T> where T : struct, Enum
{
    private readonly Dictionary<string, T> _byCode;
    private readonly Dictionary<T, string> _byValue;

    public CodeTable(params (string Code, T Value)[] entries)
    {
        _byCode = entries.ToDictionary(e => e.Code, e => e.Value, StringComparer.OrdinalIgnoreCase);
        _byValue = entries.ToDictionary(e => e.Value, e => e.Code);
        Lookup = _byCode.GetAlternateLookup<ReadOnlySpan<char>>();
        AllCodes = entries.Select(e => e.Code).ToArray();
    }

    private Dictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> Lookup { get; }

    /// <summary>The codes in the standard's order, for messages and documentation.</summary>
    public IReadOnlyList<string> AllCodes { get; }

    public bool TryParse(ReadOnlySpan<char> code, out T value) => Lookup.TryGetValue(code.Trim(), out value);

    public string Format(T value) => _byValue[value];
}
