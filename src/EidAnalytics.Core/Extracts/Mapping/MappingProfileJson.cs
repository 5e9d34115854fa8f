using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace EidAnalytics.Core.Extracts.Mapping;

/// <summary>
/// Reads and writes mapping profiles as JSON (docs/mapping-profiles.md): the form of the built-in
/// profiles, of the files beside the sample data and of organisations' profiles in the database.
/// </summary>
public static partial class MappingProfileJson
{
    /// <summary>The columns a profile may give one value for every row: the others differ from person to person.</summary>
    private static readonly HashSet<string> FixableColumns = new(StringComparer.Ordinal)
    {
        ExtractColumns.OrganisationCode, ExtractColumns.JobFamily, ExtractColumns.Level, ExtractColumns.Grade, ExtractColumns.Fte,
        ExtractColumns.WorkingPattern, ExtractColumns.Gender, ExtractColumns.Ethnicity, ExtractColumns.Disability, ExtractColumns.AgeBand,
    };

    /// <summary>The v1 columns whose values a profile's codes translate, with the codes each allows.</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> CodedColumns = new Dictionary<string, IReadOnlyList<string>>
    {
        [ExtractColumns.JobFamily] = Codes.JobFamily.AllCodes,
        [ExtractColumns.Level] = ["1", "2", "3", "4", "5", "6"],
        [ExtractColumns.LeaveReason] = Codes.LeaveReason.AllCodes,
        [ExtractColumns.Gender] = Codes.Gender.AllCodes,
        [ExtractColumns.Ethnicity] = Codes.Ethnicity.AllCodes,
        [ExtractColumns.Disability] = Codes.Disability.AllCodes,
        [ExtractColumns.AgeBand] = Codes.AgeBand.AllCodes,
        [ExtractColumns.WorkingPattern] = Codes.WorkingPattern.AllCodes,
    };

    /// <summary>Reads a profile.</summary>
    /// <exception cref="MappingProfileException">It is not JSON, or breaks a rule; every broken rule is listed.</exception>
    public static MappingProfile Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new MappingProfileException([$"it is not JSON: {e.Message}"]);
        }

        using (document)
        {
            var problems = new List<string>();
            var profile = Read(document.RootElement, problems);
            Check(profile, problems);
            return problems.Count == 0 ? profile : throw new MappingProfileException(problems);
        }
    }

    /// <summary>Writes a profile as indented JSON, in the order docs/mapping-profiles.md describes.</summary>
    public static string Write(MappingProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("name", profile.Name);
            json.WriteString("title", profile.Title);
            json.WriteString("description", profile.Description);
            if (profile.Sheet is not null)
            {
                json.WriteString("sheet", profile.Sheet);
            }

            if (profile.DateFormat is not null)
            {
                json.WriteString("date_format", profile.DateFormat);
            }

            json.WriteStartObject("columns");
            foreach (var column in ExtractColumns.All.Where(profile.Columns.ContainsKey))
            {
                var source = profile.Columns[column];
                if (source.Header is not null)
                {
                    json.WriteString(column, source.Header);
                }
                else
                {
                    json.WriteStartObject(column);
                    json.WriteString("value", source.Value);
                    json.WriteEndObject();
                }
            }

            json.WriteEndObject();
            if (profile.DateOfBirth is not null)
            {
                json.WriteString("date_of_birth", profile.DateOfBirth);
            }

            if (profile.Codes.Count > 0)
            {
                json.WriteStartObject("codes");
                foreach (var column in CodedColumns.Keys.Where(profile.Codes.ContainsKey))
                {
                    json.WriteStartObject(column);
                    foreach (var (from, to) in profile.Codes[column])
                    {
                        json.WriteString(from, to);
                    }

                    json.WriteEndObject();
                }

                json.WriteEndObject();
            }

            if (profile.GradeLevels.Count > 0)
            {
                json.WriteStartObject("grade_levels");
                foreach (var (grade, level) in profile.GradeLevels)
                {
                    json.WriteNumber(grade, level);
                }

                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static MappingProfile Read(JsonElement root, List<string> problems)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            problems.Add("it is not a JSON object");
            return new MappingProfile { Name = "" };
        }

        string? Text(string property)
        {
            if (!root.TryGetProperty(property, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            if (value.ValueKind == JsonValueKind.String)
            {
                return value.GetString();
            }

            problems.Add($"{property} must be text");
            return null;
        }

        var columns = new Dictionary<string, ColumnSource>(StringComparer.Ordinal);
        if (root.TryGetProperty("columns", out var columnsElement))
        {
            foreach (var column in Properties(columnsElement, "columns", problems))
            {
                var source = column.Value switch
                {
                    { ValueKind: JsonValueKind.String } header => ColumnSource.FromHeader(header.GetString()!),
                    { ValueKind: JsonValueKind.Object } fixedValue when fixedValue.TryGetProperty("value", out var v) && v.ValueKind == JsonValueKind.String
                        => ColumnSource.Fixed(v.GetString()!),
                    _ => null,
                };
                if (source is null)
                {
                    problems.Add($"columns.{column.Name} must be the name of a column of the file, or {{\"value\": \"…\"}} for one value on every row");
                }
                else
                {
                    columns[column.Name] = source;
                }
            }
        }

        var codes = new Dictionary<string, IReadOnlyList<CodeMapping>>(StringComparer.Ordinal);
        if (root.TryGetProperty("codes", out var codesElement))
        {
            foreach (var column in Properties(codesElement, "codes", problems))
            {
                codes[column.Name] = Properties(column.Value, $"codes.{column.Name}", problems)
                    .Select(code => new CodeMapping(code.Name, code.Value.ValueKind == JsonValueKind.String ? code.Value.GetString()! : code.Value.GetRawText()))
                    .ToList();
            }
        }

        var grades = new List<GradeLevel>();
        if (root.TryGetProperty("grade_levels", out var gradesElement))
        {
            foreach (var grade in Properties(gradesElement, "grade_levels", problems))
            {
                if (grade.Value.ValueKind == JsonValueKind.Number && grade.Value.TryGetInt32(out var level))
                {
                    grades.Add(new GradeLevel(grade.Name, level));
                }
                else
                {
                    problems.Add($"grade_levels.{grade.Name} must be a level from 1 to 6");
                }
            }
        }

        return new MappingProfile
        {
            Name = Text("name") ?? "",
            Title = Text("title") ?? "",
            Description = Text("description") ?? "",
            Sheet = Text("sheet"),
            DateFormat = Text("date_format"),
            Columns = columns,
            DateOfBirth = Text("date_of_birth"),
            Codes = codes,
            GradeLevels = grades,
        };
    }

    private static List<JsonProperty> Properties(JsonElement element, string what, List<string> problems)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            return element.EnumerateObject().ToList();
        }

        problems.Add($"{what} must be a JSON object");
        return [];
    }

    /// <summary>The rules docs/mapping-profiles.md states, each broken one added to <paramref name="problems"/>.</summary>
    public static void Check(MappingProfile profile, List<string> problems)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(problems);
        if (!NamePattern().IsMatch(profile.Name))
        {
            problems.Add("name must be 1 to 40 lower-case letters, digits and hyphens, such as itrent or it-team");
        }

        if (profile.DateFormat is { } format && !IsDateFormat(format))
        {
            problems.Add($"date_format {format} is not a date format such as dd/MM/yyyy");
        }

        foreach (var (column, source) in profile.Columns)
        {
            if (!ExtractColumns.All.Contains(column))
            {
                problems.Add($"columns.{column} is not a column of the standard");
            }
            else if (source.Header is { } header && string.IsNullOrWhiteSpace(header))
            {
                problems.Add($"columns.{column} names no column");
            }
            else if (source.Value is { } value && !FixableColumns.Contains(column))
            {
                problems.Add($"columns.{column} cannot be one value for every row");
            }
            else if (source.Value is { } code && CodedColumns.TryGetValue(column, out var allowed) && !allowed.Contains(code, StringComparer.OrdinalIgnoreCase))
            {
                problems.Add($"columns.{column} value {code} is not one of {string.Join(", ", allowed)}");
            }
        }

        if (profile.DateOfBirth is not null && profile.Columns.ContainsKey(ExtractColumns.AgeBand))
        {
            problems.Add("give either date_of_birth or columns.age_band, not both");
        }

        foreach (var (column, mappings) in profile.Codes)
        {
            if (!CodedColumns.TryGetValue(column, out var allowed))
            {
                problems.Add($"codes.{column} is not a coded column; codes may be given for {string.Join(", ", CodedColumns.Keys)}");
                continue;
            }

            problems.AddRange(mappings.Where(m => !allowed.Contains(m.To, StringComparer.OrdinalIgnoreCase))
                .Select(m => $"codes.{column}.{m.From} is {m.To}, which is not one of {string.Join(", ", allowed)}"));
        }

        problems.AddRange(profile.GradeLevels.Where(g => g.Level is < 1 or > 6)
            .Select(g => string.Create(CultureInfo.InvariantCulture, $"grade_levels.{g.Grade} is {g.Level}, not a level from 1 to 6")));
        if (profile.GradeLevels.Count > 0 && !profile.Columns.ContainsKey(ExtractColumns.Grade))
        {
            problems.Add("grade_levels needs columns.grade, the column the grades are read from");
        }
    }

    /// <summary>Whether a .NET custom date format writes and reads back a date with a day, month and year.</summary>
    public static bool IsDateFormat(string format)
    {
        var sample = new DateOnly(2025, 3, 31);
        try
        {
            var text = sample.ToString(format, CultureInfo.InvariantCulture);
            return DateOnly.TryParseExact(text, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var back) && back == sample;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,39}$")]
    private static partial Regex NamePattern();
}
