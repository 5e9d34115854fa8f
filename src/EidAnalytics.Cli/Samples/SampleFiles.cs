using EidAnalytics.Core.Extracts;
using EidAnalytics.Core.Extracts.Mapping;

namespace EidAnalytics.Cli.Samples;

/// <summary>
/// Reads a sample extract as the service reads an upload of it: the name says the organisation,
/// the snapshot date and the profile (data-samples/README.md), the organisation's profile is
/// profiles/&lt;code&gt;_&lt;profile&gt;.json when there is one, and otherwise the built-in one.
/// </summary>
public static class SampleFiles
{
    /// <summary>The read options for a sample file in a folder beside profiles/; null when the name does not follow the convention.</summary>
    public static ExtractReadOptions? ReadOptions(string path, string samplesFolder)
    {
        if (!ExtractFileName.TryParse(path, out var name))
        {
            return null;
        }

        MappingProfile? profile = null;
        if (name.Profile is { } profileName)
        {
            var own = Path.Combine(samplesFolder, "profiles", $"{name.OrganisationCode}_{profileName}.json");
            profile = File.Exists(own)
                ? MappingProfileJson.Read(File.ReadAllText(own))
                : BuiltInProfiles.Find(profileName) ?? throw new InvalidDataException($"{path}: there is no profile {profileName}");
        }

        return new ExtractReadOptions
        {
            Today = SnapshotDates.TodayInUk(DateTimeOffset.UtcNow),
            ExpectedOrganisationCode = name.OrganisationCode,
            SnapshotDate = name.SnapshotDate,
            Profile = profile,
        };
    }

    /// <summary>Reads a sample file as an upload of it would be read.</summary>
    public static ParsedExtract Parse(string path, string samplesFolder)
    {
        var options = ReadOptions(path, samplesFolder) ?? throw new InvalidDataException($"{path} is not named as a sample extract");
        using var stream = File.OpenRead(path);
        return ExtractParser.Parse(stream, options);
    }
}
