using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using EidAnalytics.Cli.Analyse;
using EidAnalytics.Core.Disclosure;
using EidAnalytics.Core.Extracts;
using EidAnalytics.Core.Extracts.Mapping;
using EidAnalytics.Core.Organisations;
using EidAnalytics.Core.Pseudonymisation;

namespace EidAnalytics.Cli.Publish;

/// <summary>
/// <c>eid-cli publish FILE... --organisations ORGS.csv [--json OUT] [--threshold 5] [--key-file F]</c> (DESIGN §9):
/// what a researcher would see for these extracts, offline, by the same <see cref="PublishedRelease.Build"/> as the
/// service. A file named as the samples are (<c>&lt;code&gt;_&lt;date&gt;[_note].&lt;profile&gt;.csv</c>) is read with
/// that profile: the organisation's own from a <c>profiles/</c> folder beside the files' folder, else the built-in one.
/// </summary>
public static class PublishCommand
{
    /// <summary>The environment variable naming the key file when <c>--key-file</c> is not given.</summary>
    public const string KeyFileVariable = "EID_PSEUDONYM_KEY_FILE";

    public static Command Create()
    {
        var files = new Argument<FileInfo[]>("FILE") { Description = "Extracts, CSV or XLSX, as for analyse.", Arity = ArgumentArity.OneOrMore };
        var organisations = new Option<FileInfo>("--organisations")
        {
            Description = "The organisation reference list (code, name, type, region, …), for the group totals.",
            HelpName = "ORGS.csv",
            Required = true,
        };
        var json = new Option<FileInfo?>("--json") { Description = "Write the JSON document here instead of to standard output.", HelpName = "OUT" };
        var threshold = new Option<int>("--threshold")
        {
            Description = "No count from 1 to this − 1 is published.",
            DefaultValueFactory = _ => DisclosureOptions.Default.Threshold,
        };
        var keyFile = new Option<FileInfo?>("--key-file")
        {
            Description = $"The pseudonymisation key (base64, as the service's Eid:Pseudonymisation:KeyFile); default ${KeyFileVariable}.",
            HelpName = "F",
        };
        var command = new Command("publish", "What a researcher would see for these extracts: the disclosure-controlled release, as JSON (DESIGN §9).")
        {
            files, organisations, json, threshold, keyFile,
        };
        command.SetAction(parseResult =>
        {
            var stderr = parseResult.InvocationConfiguration.Error;
            var options = DisclosureOptions.Default with { Threshold = parseResult.GetValue(threshold) };
            if (options.Threshold is < 1 or > 100)
            {
                stderr.WriteLine("--threshold must be from 1 to 100.");
                return AnalyseCommand.MissingInput;
            }
            var keyPath = parseResult.GetValue(keyFile)?.FullName ?? Environment.GetEnvironmentVariable(KeyFileVariable);
            if (keyPath is null || !File.Exists(keyPath))
            {
                stderr.WriteLine($"publish needs the pseudonymisation key: --key-file F or ${KeyFileVariable} (./eid publish passes .eid/pseudonym.key).");
                return AnalyseCommand.MissingInput;
            }
            byte[] key;
            try
            {
                key = PseudonymKey.Parse(File.ReadAllText(keyPath));
            }
            catch (FormatException e)
            {
                stderr.WriteLine($"--key-file {keyPath}: {e.Message}");
                return AnalyseCommand.MissingInput;
            }
            return Run(parseResult.GetValue(files)!, parseResult.GetValue(organisations)!, parseResult.GetValue(json), options, key,
                parseResult.InvocationConfiguration.Output, stderr);
        });
        return command;
    }

    public static int Run(
        IReadOnlyList<FileInfo> files, FileInfo organisationsFile, FileInfo? jsonOut, DisclosureOptions options, byte[] key, TextWriter stdout, TextWriter stderr)
    {
        var missing = files.Append(organisationsFile).Where(f => !f.Exists).ToList();
        foreach (var file in missing)
        {
            stderr.WriteLine($"{file.FullName}: no such file.");
        }
        if (missing.Count > 0)
        {
            return AnalyseCommand.MissingInput;
        }
        IReadOnlyList<OrganisationEntry> organisations;
        using (var list = organisationsFile.OpenRead())
        {
            var (entries, problems) = OrganisationRegister.Parse(list);
            foreach (var problem in problems)
            {
                stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{organisationsFile.FullName}: row {problem.Row}, {problem.Column}: {problem.Reason}"));
            }
            if (problems.Count > 0)
            {
                return AnalyseCommand.InvalidInput;
            }
            organisations = entries;
        }

        var (candidates, errors) = ReadCandidates(files, key);
        if (errors.Count > 0)
        {
            foreach (var error in errors)
            {
                stderr.Write(error);
            }
            return AnalyseCommand.InvalidInput;
        }
        var unknown = candidates.Select(c => c.Code).Distinct().Except(organisations.Select(o => o.Code)).Order(StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
        {
            stderr.WriteLine($"{organisationsFile.FullName} does not list {string.Join(", ", unknown)}: every organisation published must be on the reference list.");
            return AnalyseCommand.InvalidInput;
        }

        var families = CouncilFamilies.Of(organisations);
        var groups = ReleaseGroups.Fixed(organisations, families);
        var releases = ReleaseCandidates.Snapshots(candidates)
            .Select(snapshot => PublishedRelease.Build(snapshot, ReleaseCandidates.Latest(candidates, snapshot), groups, options))
            .ToList();
        using (var output = jsonOut?.Create() ?? (Stream)new MemoryStream())
        {
            using (var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true }))
            {
                ReleaseJson.Write(writer, releases, options, families);
            }
            if (jsonOut is null)
            {
                var buffer = (MemoryStream)output;
                stdout.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
                return 0;
            }
        }
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Wrote the release of {releases.Count} snapshots of {candidates.Select(c => c.Code).Distinct().Count()} organisations to {jsonOut.FullName}"));
        return 0;
    }

    /// <summary>
    /// Every file's datasets (one per organisation and snapshot in it) as release candidates, in the order given,
    /// or the invalid files' problems as text for stderr. Files are independent until the release is built, so
    /// they are read on every core.
    /// </summary>
    public static (List<ReleaseCandidate<ReleaseUnit>> Candidates, List<string> Errors) ReadCandidates(IReadOnlyList<FileInfo> files, byte[] key)
    {
        ArgumentNullException.ThrowIfNull(files);
        var read = new (ReleaseCellTallies? Tallies, string? Error)[files.Count];
        Parallel.For(0, files.Count, i => read[i] = Read(files[i], key));
        var candidates = new List<ReleaseCandidate<ReleaseUnit>>();
        var errors = new List<string>();
        for (var i = 0; i < files.Count; i++)
        {
            if (read[i].Error is { } error)
            {
                errors.Add(error);
                continue;
            }
            using var tallies = read[i].Tallies!;
            candidates.AddRange(tallies.Tallies.Select(t =>
                new ReleaseCandidate<ReleaseUnit>(t.Key.Code, t.Key.Snapshot, t.Value.WholeOrganisation, i, new ReleaseUnit(t.Key.Code, t.Key.Snapshot, t.Value.Cells))));
        }
        return (candidates, errors);
    }

    /// <summary>One file's cells, or its problems as text for stderr.</summary>
    private static (ReleaseCellTallies? Tallies, string? Error) Read(FileInfo file, byte[] key)
    {
        MappingProfile? profile;
        try
        {
            profile = ProfileFor(file);
        }
        catch (Exception e) when (e is MappingProfileException or IOException)
        {
            return (null, $"{file.FullName}: {e.Message}{Environment.NewLine}");
        }
        var named = ExtractFileName.TryParse(file.Name, out var name) ? name : null;
        var tallies = new ReleaseCellTallies(key);
        ParsedExtract parsed;
        using (var stream = file.OpenRead())
        {
            parsed = ExtractParser.Parse(stream, AnalyseCommand.ReadOptions(file, new AnalyseCommand.Input(profile, named?.OrganisationCode, named?.SnapshotDate)), tallies);
        }
        if (parsed.IsValid)
        {
            return (tallies, null);
        }
        tallies.Dispose();
        using var report = new StringWriter(CultureInfo.InvariantCulture);
        AnalyseCommand.WriteReport(report, file, parsed.ProblemCount, parsed.ProblemGroups, parsed.Problems);
        return (null, report.ToString());
    }

    /// <summary>The profile a file's name asks for: the organisation's own in ../profiles/&lt;code&gt;_&lt;name&gt;.json, else the built-in one.</summary>
    private static MappingProfile? ProfileFor(FileInfo file)
    {
        if (!ExtractFileName.TryParse(file.Name, out var name) || name.Profile is not { } profile)
        {
            return null;
        }
        var own = Path.Combine(file.Directory?.Parent?.FullName ?? ".", "profiles", $"{name.OrganisationCode}_{profile}.json");
        return AnalyseCommand.LoadProfile(File.Exists(own) ? own : profile);
    }
}
