using System.Globalization;
using System.Text.RegularExpressions;
using EidAnalytics.Cli.Samples;
using EidAnalytics.Core.Extracts;
using EidAnalytics.Core.Organisations;

namespace EidAnalytics.Cli.Tests.Samples;

[Collection(nameof(GeneratedSamples))]
public sealed partial class SampleGeneratorTests(GeneratedSamples samples)
{
    [Fact]
    public void Two_runs_with_the_same_seed_write_byte_identical_files()
    {
        var first = SampleFolder.Create();
        var second = SampleFolder.Create();
        try
        {
            SampleGenerator.Write(first, 7);
            SampleGenerator.Write(second, 7);

            var files = RelativeFiles(first);
            Assert.Equal(files, RelativeFiles(second));
            Assert.Equal(203, files.Count);
            Assert.All(files, file => Assert.True(
                File.ReadAllBytes(Path.Combine(first, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(second, file))),
                $"{file} differs between two runs with the same seed"));
        }
        finally
        {
            Directory.Delete(first, recursive: true);
            Directory.Delete(second, recursive: true);
        }
    }

    [Fact]
    public void Another_seed_gives_the_same_councils_but_different_people()
    {
        var other = SampleFolder.Create();
        try
        {
            SampleGenerator.Write(other, SampleGenerator.DefaultSeed + 1);

            Assert.Equal(
                samples.Organisations.Select(o => o["code"]),
                CsvText.Read(Path.Combine(other, "organisations.csv")).Rows.Select(o => o["code"]));
            var name = "E10999003_2025-03-31.csv";
            Assert.NotEqual(samples.Extracts.Single(e => e.Name == name).Bytes, File.ReadAllBytes(Path.Combine(other, "extracts", name)));
        }
        finally
        {
            Directory.Delete(other, recursive: true);
        }
    }

    [Fact]
    public void Re_running_into_the_same_folder_removes_extracts_it_no_longer_writes()
    {
        var folder = SampleFolder.Create();
        try
        {
            Directory.CreateDirectory(Path.Combine(folder, "extracts"));
            File.WriteAllText(Path.Combine(folder, "extracts", "E07999999_2025-03-31.csv"), "stale");
            File.WriteAllText(Path.Combine(folder, "notes.txt"), "kept");

            SampleGenerator.Write(folder, SampleGenerator.DefaultSeed);

            Assert.False(File.Exists(Path.Combine(folder, "extracts", "E07999999_2025-03-31.csv")));
            Assert.True(File.Exists(Path.Combine(folder, "notes.txt")));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void People_who_stay_keep_their_employee_ref_start_date_and_gender_in_the_next_snapshot()
    {
        var carried = 0;
        foreach (var code in samples.Codes)
        {
            var extracts = samples.Of(code);
            foreach (var (earlier, later) in extracts.Zip(extracts.Skip(1)))
            {
                var next = later.Rows.ToDictionary(r => r["employee_ref"]);
                foreach (var person in earlier.Staff)
                {
                    var where = $"{earlier.Name} → {later.Name}, {person["employee_ref"]}";
                    Assert.True(next.TryGetValue(person["employee_ref"], out var same), $"{where}: employed but missing a year later");
                    Assert.Equal(person["start_date"], same["start_date"]);
                    Assert.Equal(person["gender"], same["gender"]);
                    Assert.True(int.Parse(same["level"], CultureInfo.InvariantCulture) >= int.Parse(person["level"], CultureInfo.InvariantCulture), $"{where}: moved down a level");
                    carried++;
                }
            }
        }
        Assert.True(carried > 10_000, $"only {carried} people carried over");
    }

    [Fact]
    public void A_leaver_in_2023s_file_does_not_appear_in_2024s_or_later()
    {
        var leavers2023 = 0;
        foreach (var code in samples.Codes)
        {
            var extracts = samples.Of(code);
            foreach (var (extract, index) in extracts.Select((e, i) => (e, i)))
            {
                var gone = extract.Leavers.Select(r => r["employee_ref"]).ToHashSet();
                if (extract.Snapshot == "2023-03-31")
                {
                    leavers2023 += gone.Count;
                }
                foreach (var later in extracts.Skip(index + 1))
                {
                    Assert.DoesNotContain(later.Rows, r => gone.Contains(r["employee_ref"]));
                }
            }
        }
        Assert.True(leavers2023 > 100, $"only {leavers2023} leavers in the 2023 files");
    }

    [Fact]
    public void Every_row_of_every_extract_keeps_the_v1_standards_rules()
    {
        var problems = new List<string>();
        foreach (var extract in samples.Extracts)
        {
            problems.AddRange(V1Problems(extract).Select(p => $"{extract.Name}: {p}"));
        }

        Assert.Equal(150, samples.Extracts.Count);
        Assert.True(problems.Count == 0, $"{problems.Count} problems, first: " + string.Join("\n", problems.Take(20)));
    }

    [Fact]
    public void Women_are_a_smaller_share_at_level_6_than_at_levels_1_to_3_across_all_councils()
    {
        var staff = samples.Extracts.Where(e => e.Snapshot == "2025-03-31")
            .SelectMany(e => e.Staff)
            .Where(r => r["job_family"] != "other" && r["gender"] != "undisclosed")
            .ToList();

        var atLevel6 = WomenShare(staff.Where(r => r["level"] == "6").ToList());
        var atLevels1To3 = WomenShare(staff.Where(r => r["level"] is "1" or "2" or "3").ToList());

        Assert.True(atLevel6 < atLevels1To3, $"women are {atLevel6:P1} at level 6 and {atLevels1To3:P1} at levels 1–3");
    }

    [Fact]
    public void Councils_IT_functions_land_below_within_and_above_the_12_to_16_percent_band()
    {
        var shares = samples.Codes.Select(code => WomenShare(samples.Of(code)[^1].Staff
            .Where(r => r["job_family"] != "other" && r["gender"] != "undisclosed").ToList())).ToList();
        var pooled = WomenShare(samples.Extracts.Where(e => e.Snapshot == "2025-03-31").SelectMany(e => e.Staff)
            .Where(r => r["job_family"] != "other" && r["gender"] != "undisclosed").ToList());

        Assert.InRange(pooled, 0.12, 0.25);
        Assert.True(shares.Count(s => s < 0.12) >= 3, "fewer than 3 councils below the band");
        Assert.True(shares.Count(s => s is >= 0.12 and <= 0.16) >= 3, "fewer than 3 councils within the band");
        Assert.True(shares.Count(s => s > 0.16) >= 3, "fewer than 3 councils above the band");
    }

    [Fact]
    public void The_organisation_list_describes_the_fictional_councils_behind_the_extracts()
    {
        var organisations = samples.Organisations;

        Assert.Equal(30, organisations.Count);
        Assert.Equal(organisations.Select(o => o["code"]).Order(StringComparer.Ordinal), samples.Codes.Order(StringComparer.Ordinal));
        Assert.All(organisations, o => Assert.Matches(SyntheticCode(), o["code"]));
        Assert.Equal(7, organisations.Select(o => o["type"]).Distinct().Count());
        Assert.Equal(11, organisations.Select(o => o["region"]).Distinct().Count());
        var itTeams = organisations.Select(o => int.Parse(o["it_team_size"], CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(3, itTeams.Min());
        Assert.InRange(itTeams.Max(), 250, 300);
        foreach (var organisation in organisations)
        {
            var latest = samples.Of(organisation["code"]);
            Assert.Equal(SampleGenerator.SnapshotDates.Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), latest.Select(e => e.Snapshot));
            var staff = latest[^1].Staff.ToList();
            Assert.Equal(staff.Count(r => r["job_family"] != "other"), int.Parse(organisation["it_team_size"], CultureInfo.InvariantCulture));
            if (staff.Any(r => r["job_family"] == "other"))
            {
                Assert.Equal(staff.Count, int.Parse(organisation["workforce_size"], CultureInfo.InvariantCulture));
            }
        }
    }

    [Fact]
    public void The_organisation_register_the_web_host_loads_samples_with_reads_the_list_without_problems()
    {
        using var file = File.OpenRead(Path.Combine(samples.Folder, "organisations.csv"));

        var (entries, problems) = OrganisationRegister.Parse(file);

        Assert.Empty(problems);
        Assert.Equal(samples.Organisations.Select(o => (o["code"], o["name"])), entries.Select(e => (e.Code, e.Name)));
    }

    [Fact]
    public void Five_councils_send_whole_organisation_extracts_of_a_few_hundred_to_about_two_thousand_rows()
    {
        var whole = samples.Extracts.Where(e => e.Rows.Any(r => r["job_family"] == "other")).ToList();

        Assert.Equal(5, whole.Select(e => e.Code).Distinct().Count());
        Assert.All(whole, e => Assert.InRange(e.Rows.Count, 250, 2_200));
        Assert.InRange(samples.Summary.Bytes, 1_000_000, 8_000_000);
    }

    [Fact]
    public void The_readme_says_the_data_is_synthetic_and_how_to_make_it_again()
    {
        var readme = File.ReadAllText(Path.Combine(samples.Folder, "README.md"));

        Assert.Contains("Everything in this folder is synthetic", readme, StringComparison.Ordinal);
        Assert.Contains("./eid samples", readme, StringComparison.Ordinal);
        Assert.Contains($"--seed {SampleGenerator.DefaultSeed}", readme, StringComparison.Ordinal);
        Assert.All(samples.Organisations, o => Assert.Contains(o["code"], readme, StringComparison.Ordinal));
    }

    /// <summary>The rules of DESIGN §5 that can be checked on one file, written out here rather than borrowed from the parser.</summary>
    private static IEnumerable<string> V1Problems(SampleExtract extract)
    {
        if (extract.Bytes.AsSpan().StartsWith("\uFEFF"u8))
        {
            yield return "starts with a byte-order mark";
        }
        if (extract.Bytes.Contains((byte)'\r'))
        {
            yield return "has CR line endings";
        }
        if (!extract.Csv.Header.SequenceEqual(ExtractColumns.All))
        {
            yield return "header is not the v1 columns in order: " + string.Join(',', extract.Csv.Header);
        }
        var snapshot = Date(extract.Snapshot) ?? throw new InvalidDataException($"{extract.Name} is not named <code>_<yyyy-MM-dd>.csv");
        var refs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (fields, index) in extract.Csv.Lines.Select((f, i) => (f, i)))
        {
            var row = extract.Rows[index];
            var at = $"row {index + 2}";
            if (fields.Length != ExtractColumns.All.Count)
            {
                yield return $"{at} has {fields.Length} fields";
                continue;
            }
            foreach (var value in fields.Where(v => v.Length > 0 && v[0] is '=' or '+' or '-' or '@'))
            {
                yield return $"{at}: '{value}' looks like a formula";
            }
            if (!GssCode().IsMatch(row["organisation_code"]) || row["organisation_code"] != extract.Code)
            {
                yield return $"{at}: organisation_code '{row["organisation_code"]}'";
            }
            if (row["snapshot_date"] != extract.Snapshot)
            {
                yield return $"{at}: snapshot_date '{row["snapshot_date"]}'";
            }
            if (row["employee_ref"].Length == 0 || !refs.Add(row["employee_ref"]))
            {
                yield return $"{at}: employee_ref '{row["employee_ref"]}' is blank or repeated";
            }
            foreach (var (column, codes, required) in CodedColumns)
            {
                if (!(codes.Contains(row[column]) || (!required && row[column].Length == 0)))
                {
                    yield return $"{at}: {column} '{row[column]}' is not a v1 code";
                }
            }
            if (row["level"] is not ("1" or "2" or "3" or "4" or "5" or "6"))
            {
                yield return $"{at}: level '{row["level"]}'";
            }
            if (!Number(row["fte"], out var fte) || fte <= 0)
            {
                yield return $"{at}: fte '{row["fte"]}'";
            }
            if ((row["working_pattern"] == "part_time") != fte < 1)
            {
                yield return $"{at}: working_pattern '{row["working_pattern"]}' with fte {row["fte"]}";
            }
            if (!Number(row["hourly_pay"], out var pay) || pay <= 0 || !Number(row["bonus_pay"], out var bonus) || bonus < 0)
            {
                yield return $"{at}: hourly_pay '{row["hourly_pay"]}', bonus_pay '{row["bonus_pay"]}'";
            }
            var start = Date(row["start_date"]);
            if (start is null || start > snapshot)
            {
                yield return $"{at}: start_date '{row["start_date"]}' is not an ISO date on or before the snapshot";
                continue;
            }
            var end = snapshot;
            if (row["leave_date"].Length > 0)
            {
                var leave = Date(row["leave_date"]);
                if (leave is null || leave <= snapshot.AddYears(-1) || leave > snapshot || leave < start)
                {
                    yield return $"{at}: leave_date '{row["leave_date"]}' is not within the 12 months up to the snapshot and after start_date";
                    continue;
                }
                end = leave.Value;
                if (row["leave_reason"].Length == 0)
                {
                    yield return $"{at}: a leaver without leave_reason";
                }
            }
            else if (row["leave_reason"].Length > 0)
            {
                yield return $"{at}: leave_reason '{row["leave_reason"]}' without leave_date";
            }
            foreach (var column in DatesWithinService.Where(c => row[c].Length > 0))
            {
                if (Date(row[column]) is not { } date || date < start || date > end)
                {
                    yield return $"{at}: {column} '{row[column]}' is not between start_date and {(end == snapshot ? "the snapshot" : "leave_date")}";
                }
            }
        }
    }

    private static readonly (string Column, IReadOnlyList<string> Codes, bool Required)[] CodedColumns =
    [
        ("job_family", ["it", "digital", "data", "other"], true),
        ("gender", ["female", "male", "other", "undisclosed"], true),
        ("leave_reason", ["voluntary", "involuntary", "retirement", "end_of_contract", "other"], false),
        ("ethnicity", ["asian", "black", "mixed", "white", "other", "undisclosed"], false),
        ("disability", ["yes", "no", "undisclosed"], false),
        ("age_band", ["16-24", "25-34", "35-44", "45-54", "55-64", "65+"], false),
        ("working_pattern", ["full_time", "part_time"], false),
    ];

    private static readonly string[] DatesWithinService = ["level_start_date", "last_promotion_date"];

    private static double WomenShare(List<IReadOnlyDictionary<string, string>> staff)
    {
        Assert.NotEmpty(staff);
        return staff.Count(r => r["gender"] == "female") / (double)staff.Count;
    }

    private static DateOnly? Date(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static bool Number(string text, out double value) =>
        double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);

    private static List<string> RelativeFiles(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(folder, path))
            .Order(StringComparer.Ordinal)
            .ToList();

    [GeneratedRegex(@"^[ENSW]\d{8}$")]
    private static partial Regex GssCode();

    /// <summary>A GSS entity code followed by the 999 block no real organisation uses.</summary>
    [GeneratedRegex(@"^(E06|E07|E08|E09|E10|W06|S12)999\d{3}$")]
    private static partial Regex SyntheticCode();
}
