namespace EidAnalytics.Core.Extracts.Mapping;

/// <summary>A mapping profile that breaks the rules of docs/mapping-profiles.md, with every rule it breaks.</summary>
public sealed class MappingProfileException(IReadOnlyList<string> problems)
    : Exception("The mapping profile is not valid: " + string.Join("; ", problems))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
