using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using EidAnalytics.Core.Extracts;
using EidAnalytics.Core.Extracts.Mapping;
using EidAnalytics.Core.Metrics;

namespace EidAnalytics.Cli.Analyse;

/// <summary>
/// <c>eid-cli analyse FILE... [--json OUT] [--profile NAME] [--it-team] [--baseline-low 0.12 --baseline-high 0.16]</c>:
/// the offline analyser of DESIGN §9. Reads extracts (CSV or XLSX, in the standard or through a
/// mapping profile), computes every metric and writes one JSON document; no database. Invalid
/// files are reported on stderr, grouped by problem, with a non-zero exit code.
/// </summary>
public static class AnalyseCommand
{
    /// <summary>Exit code when any input file breaks the extract standard.</summary>
    public const int InvalidInput = 1;

    /// <summary>Exit code when an input file cannot be opened.</summary>
    public const int MissingInput = 2;

    /// <summary>How many problems per file are printed; the rest are counted.</summary>
    private const int ProblemsShown = 50;

    public static Command Create()
    {
        var files = new Argument<FileInfo[]>("FILE")
        {
            Description = "Extracts in the v1 standard, or in a profile's layout: CSV or XLSX. Several organisations and files may be given.",
            Arity = ArgumentArity.OneOrMore,
        };
        var json = new Option<FileInfo?>("--json")
        {
            Description = "Write the JSON document here instead of to standard output.",
            HelpName = "OUT",
        };
        var profile = new Option<string?>("--profile")
        {
            Description = "A mapping profile: a built-in one (itrent, oracle-hcm, successfactors, resourcelink, unit4) or a profile's JSON file.",
            HelpName = "NAME",
        };
        var organisation = new Option<string?>("--organisation")
        {
            Description = "With a profile that reads no organisation_code: the organisation's GSS code (otherwise taken from a file name <code>_…).",
            HelpName = "CODE",
        };
        var snapshot = new Option<DateOnly?>("--snapshot-date")
        {
            Description = "With a profile that reads no snapshot_date: the snapshot date, yyyy-MM-dd (otherwise taken from a file name <code>_<yyyy-MM-dd>…).",
            HelpName = "DATE",
        };
        var itTeam = new Option<bool>("--it-team")
        {
            Description = "Each file is an IT team's own extract, as an upload given as it_team: a row of job_family other is then a problem.",
        };
        var baselineLow = new Option<double>("--baseline-low")
        {
            Description = "Lower end of the baseline band for women's share.",
            DefaultValueFactory = _ => MetricOptions.Default.BaselineLow,
        };
        var baselineHigh = new Option<double>("--baseline-high")
        {
            Description = "Upper end of the baseline band.",
            DefaultValueFactory = _ => MetricOptions.Default.BaselineHigh,
        };
        var command = new Command("analyse", "Compute every metric for extracts, offline, as JSON (DESIGN §9).")
        {
            files, json, profile, organisation, snapshot, itTeam, baselineLow, baselineHigh,
        };
        command.Aliases.Add("analyze");
        command.SetAction(parseResult =>
        {
            var options = new MetricOptions { BaselineLow = parseResult.GetValue(baselineLow), BaselineHigh = parseResult.GetValue(baselineHigh) };
            // Only the band comes from the command line, so a problem with the options is a problem with it.
            if (options.Problems().Any())
            {
                parseResult.InvocationConfiguration.Error.WriteLine("The baseline band must satisfy 0 <= --baseline-low <= --baseline-high <= 1.");
                return MissingInput;
            }
            MappingProfile? mapping = null;
            if (parseResult.GetValue(profile) is { } name)
            {
                try
                {
                    mapping = LoadProfile(name);
                }
                catch (Exception e) when (e is MappingProfileException or IOException)
                {
                    parseResult.InvocationConfiguration.Error.WriteLine($"--profile {name}: {e.Message}");
                    return MissingInput;
                }
            }

            var input = new Input(mapping, parseResult.GetValue(organisation), parseResult.GetValue(snapshot), parseResult.GetValue(itTeam));
            return Run(parseResult.GetValue(files)!, parseResult.GetValue(json), options,
                parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error, input);
        });
        return command;
    }

    /// <summary>How the files are to be read: through a profile, what a profile's files may lack, and whether each is an IT team's own extract.</summary>
    public sealed record Input(MappingProfile? Profile, string? OrganisationCode, DateOnly? SnapshotDate, bool ItTeamOnly = false);

    /// <summary>A built-in profile by name, or a profile's JSON file by path.</summary>
    /// <exception cref="MappingProfileException">There is no such built-in profile and no such file, or the file is not a valid profile.</exception>
    public static MappingProfile LoadProfile(string name) =>
        BuiltInProfiles.Find(name)
        ?? (File.Exists(name)
            ? MappingProfileJson.Read(File.ReadAllText(name))
            : throw new MappingProfileException([$"there is no built-in profile called {name} ({string.Join(", ", BuiltInProfiles.All.Select(p => p.Name))}) and no such file"]));

    public static int Run(IReadOnlyList<FileInfo> files, FileInfo? jsonOut, MetricOptions options, TextWriter stdout, TextWriter stderr, Input? input = null)
    {
        input ??= new Input(null, null, null);
        var missing = files.Where(f => !f.Exists).ToList();
        foreach (var file in missing)
        {
            stderr.WriteLine($"{file.FullName}: no such file.");
        }
        if (missing.Count > 0)
        {
            return MissingInput;
        }

        var results = new List<OrganisationMetrics>();
        var invalid = false;
        foreach (var file in files)
        {
            var analysed = ExtractAnalysis.Analyse(file.OpenRead, ReadOptions(file, input), options, Environment.ProcessorCount);
            if (!analysed.IsValid)
            {
                invalid = true;
                WriteReport(stderr, file, analysed.ProblemCount, analysed.ProblemGroups, analysed.Problems);
                continue;
            }
            results.AddRange(analysed.Organisations);
        }
        if (invalid)
        {
            return InvalidInput;
        }

        results.Sort((a, b) => (string.CompareOrdinal(a.OrganisationCode, b.OrganisationCode), a.SnapshotDate.CompareTo(b.SnapshotDate)) switch
        {
            (0, var bySnapshot) => bySnapshot,
            (var byCode, _) => byCode,
        });
        if (jsonOut is null)
        {
            // To the writer the caller gave (the console from the command line), not straight to the process's
            // standard output, so that whoever runs the command decides where the document goes.
            using var buffer = new MemoryStream();
            WriteJson(buffer, results);
            stdout.WriteLine(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
            return 0;
        }
        using (var output = jsonOut.Create())
        {
            WriteJson(output, results);
        }
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Wrote metrics for {results.Select(r => r.OrganisationCode).Distinct().Count()} organisations to {jsonOut.FullName}"));
        return 0;
    }

    private static void WriteJson(Stream output, List<OrganisationMetrics> results)
    {
        using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        MetricsJson.Write(writer, results);
    }

    /// <summary>
    /// With a profile, what the file lacks comes from the options or, failing them, from a file
    /// named as the samples are (<c>&lt;code&gt;_&lt;yyyy-MM-dd&gt;…</c>).
    /// </summary>
    internal static ExtractReadOptions ReadOptions(FileInfo file, Input input)
    {
        var named = ExtractFileName.TryParse(file.Name, out var sample) ? sample : null;
        return new ExtractReadOptions
        {
            Today = SnapshotDates.TodayInUk(DateTimeOffset.UtcNow),
            MaxProblems = ProblemsShown,
            Profile = input.Profile,
            ExpectedOrganisationCode = input.Profile is null ? null : input.OrganisationCode ?? named?.OrganisationCode,
            SnapshotDate = input.SnapshotDate ?? named?.SnapshotDate,
            ItTeamOnly = input.ItTeamOnly,
        };
    }

    /// <summary>A file's problems on stderr, grouped where they repeat; shared with <c>publish</c>.</summary>
    internal static void WriteReport(
        TextWriter stderr, FileInfo file, int problemCount, IReadOnlyList<ProblemGroup> problemGroups, IReadOnlyList<ValidationProblem> problems)
    {
        stderr.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{file.FullName}: not valid, {problemCount:N0} problem{(problemCount == 1 ? "" : "s")}:"));
        foreach (var group in problemGroups.Where(g => g.Count > 1))
        {
            stderr.WriteLine($"  * {group.Summary}");
        }

        foreach (var problem in problems)
        {
            var where = problem.Row == 0 ? "file" : string.Create(CultureInfo.InvariantCulture, $"row {problem.Row}");
            var value = problem.Value.Length == 0 ? "" : $" '{problem.Value}'";
            stderr.WriteLine($"  {where}, {problem.Column}{value}: {problem.Reason}");
        }
        if (problemCount > problems.Count)
        {
            stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  … and {problemCount - problems.Count:N0} more."));
        }
    }
}
