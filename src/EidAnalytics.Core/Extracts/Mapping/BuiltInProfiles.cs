namespace EidAnalytics.Core.Extracts.Mapping;

/// <summary>
/// The profiles that ship with the service (Extracts/Mapping/Profiles/*.json): starting points for
/// the HR systems councils use, and the common codes every profile understands.
/// </summary>
public static class BuiltInProfiles
{
    private static readonly Lazy<IReadOnlyList<MappingProfile>> Loaded = new(() =>
        new[] { "itrent", "oracle-hcm", "successfactors", "resourcelink", "unit4" }.Select(Load).ToList());

    private static readonly Lazy<MappingProfile> CommonProfile = new(() => Load("common"));

    /// <summary>iTrent, Oracle HCM, SAP SuccessFactors, ResourceLink and Unit4, in that order.</summary>
    public static IReadOnlyList<MappingProfile> All => Loaded.Value;

    /// <summary>The codes every profile understands, beneath its own (Profiles/common.json).</summary>
    public static MappingProfile Common => CommonProfile.Value;

    public static MappingProfile? Find(string name) =>
        All.FirstOrDefault(p => string.Equals(p.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));

    private static MappingProfile Load(string name)
    {
        using var stream = typeof(BuiltInProfiles).Assembly.GetManifestResourceStream($"EidAnalytics.Core.Profiles.{name}.json")
            ?? throw new InvalidOperationException($"The built-in profile {name} is not embedded.");
        using var reader = new StreamReader(stream);
        return MappingProfileJson.Read(reader.ReadToEnd());
    }
}
