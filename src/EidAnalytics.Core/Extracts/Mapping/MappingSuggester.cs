using System.Globalization;

namespace EidAnalytics.Core.Extracts.Mapping;

/// <summary>
/// Suggests a mapping profile for a file whose headers are not recognised, for a person to check in
/// the mapping wizard: each v1 column from the file's column whose name is most like it (or like
/// what the built-in profiles call it) and whose values look right for it; the date format that
/// reads the most dates; codes that are near enough to a known one. Nothing suggested is loaded
/// until a person has seen it.
/// </summary>
public static class MappingSuggester
{
    /// <summary>Date formats tried, UK forms before the US one, since councils are British.</summary>
    public static readonly IReadOnlyList<string> DateFormats =
        ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy", "dd-MMM-yyyy", "d MMM yyyy", "dd.MM.yyyy", "dd-MM-yyyy", "MM/dd/yyyy"];

    private static readonly HashSet<string> DateColumns =
        [ExtractColumns.SnapshotDate, ExtractColumns.StartDate, ExtractColumns.LevelStartDate, ExtractColumns.LastPromotionDate, ExtractColumns.LeaveDate];

    private static readonly string[] BirthNames = ["date of birth", "dob", "birth date", "birthdate", "born"];

    /// <summary>Other names spreadsheets commonly give our columns, beyond those of the built-in profiles.</summary>
    private static readonly Dictionary<string, string[]> Synonyms = new(StringComparer.Ordinal)
    {
        [ExtractColumns.OrganisationCode] = ["gss code", "ons code", "organisation"],
        [ExtractColumns.SnapshotDate] = ["report date", "as at", "snapshot"],
        [ExtractColumns.EmployeeRef] = ["staff number", "staff id", "employee number", "employee id", "payroll number", "person id", "id"],
        [ExtractColumns.JobFamily] = ["team", "service", "function"],
        [ExtractColumns.Level] = ["job level", "career level"],
        [ExtractColumns.Grade] = ["pay grade", "band", "pay band"],
        [ExtractColumns.Fte] = ["full time equivalent", "hours fte"],
        [ExtractColumns.StartDate] = ["joined", "date joined", "hire date", "start", "service start"],
        [ExtractColumns.LevelStartDate] = ["in role since", "in grade since", "date in grade"],
        [ExtractColumns.LastPromotionDate] = ["promoted", "last promoted", "promotion date"],
        [ExtractColumns.LeaveDate] = ["left", "end date", "termination date", "date left"],
        [ExtractColumns.LeaveReason] = ["reason for leaving", "leaver reason", "termination reason"],
        [ExtractColumns.Gender] = ["sex", "gender identity"],
        [ExtractColumns.Ethnicity] = ["ethnic group", "ethnic origin", "ethnic background"],
        [ExtractColumns.Disability] = ["disabled", "disability status"],
        [ExtractColumns.AgeBand] = ["age group", "age range"],
        [ExtractColumns.WorkingPattern] = ["full or part time", "contract type", "hours"],
        [ExtractColumns.HourlyPay] = ["hourly rate", "rate per hour", "hourly pay rate"],
        [ExtractColumns.BonusPay] = ["bonus", "bonus paid"],
    };

    /// <summary>Words too common in column names to say which column it is.</summary>
    private static readonly HashSet<string> Filler = new(StringComparer.Ordinal) { "of", "the", "a", "dat", "no", "numb" };

    /// <summary>A profile for the surveyed file, named <paramref name="name"/>, starting from <paramref name="start"/> when one is given.</summary>
    public static MappingProfile Suggest(TableSurvey survey, string name, MappingProfile? start = null)
    {
        ArgumentNullException.ThrowIfNull(survey);
        var headers = survey.Header.Select(MappingText.Normalise).ToList();
        var birthField = headers.FindIndex(h => BirthNames.Contains(h) || (start?.DateOfBirth is { } b && h == MappingText.Normalise(b)));
        var scores = new List<(double Score, string Column, int Field)>();
        foreach (var column in ExtractColumns.All)
        {
            var names = Names(column, start);
            for (var field = 0; field < headers.Count; field++)
            {
                if (headers[field].Length == 0 || field == birthField)
                {
                    continue;
                }

                // The starting profile's own column, where the file has it, comes first.
                if (start?.Columns.GetValueOrDefault(column)?.Header is { } own && MappingText.Normalise(own) == headers[field])
                {
                    scores.Add((3, column, field));
                    continue;
                }

                // A name half like one of ours, or codes every one of which is one of ours ("Team": ICT, Digital Services).
                var similarity = names.Max(n => Similarity(headers[field], n));
                var fit = ValueFit(column, survey, field, start);
                if (similarity >= 0.5 || fit >= 0.4)
                {
                    scores.Add((similarity + fit, column, field));
                }
            }
        }

        var columns = new Dictionary<string, ColumnSource>(StringComparer.Ordinal);
        var used = new HashSet<int>();
        foreach (var (_, column, field) in scores.OrderByDescending(s => s.Score))
        {
            if (!columns.ContainsKey(column) && used.Add(field))
            {
                columns[column] = ColumnSource.FromHeader(survey.Header[field].Trim());
            }
        }

        var birth = birthField >= 0 ? survey.Header[birthField].Trim() : null;
        if (birth is not null)
        {
            columns.Remove(ExtractColumns.AgeBand);
        }

        var dateFields = columns.Where(c => DateColumns.Contains(c.Key) && c.Value.Header is not null)
            .Select(c => headers.IndexOf(MappingText.Normalise(c.Value.Header!)))
            .Concat(birth is null ? [] : [headers.IndexOf(MappingText.Normalise(birth))])
            .ToList();
        if (dateFields.Count == 0)
        {
            dateFields = [.. Enumerable.Range(0, headers.Count).Where(f => ValueFit(ExtractColumns.StartDate, survey, f, start) >= 0.15)];
        }

        var format = FormatOfDates(dateFields.Where(f => f >= 0).SelectMany(f => survey.Values[f].Select(v => v.Value)));
        var draft = new MappingProfile
        {
            Name = name,
            Title = start?.Title ?? "",
            Description = start?.Description ?? "",
            Sheet = start?.Sheet,
            // The format the file's dates are written in, so the wizard shows the one its examples use; a starting profile's
            // only when no value reads as a date at all (dates stored as dates in a workbook read as yyyy-MM-dd whatever it says).
            DateFormat = format switch
            {
                null => start?.DateFormat,
                "yyyy-MM-dd" => null,
                _ => format,
            },
            Columns = columns,
            DateOfBirth = birth,
            Codes = start?.Codes ?? new Dictionary<string, IReadOnlyList<CodeMapping>>(),
            GradeLevels = start?.GradeLevels ?? [],
        };
        return draft with { Codes = SuggestCodes(survey, draft) };
    }

    /// <summary>
    /// Whether a file with this header can be read with the profile: every required column the
    /// profile reads from a column of the file is there (columns it fills itself, or that come with
    /// the upload, need nothing), and it gives a level, from a column or from the grades.
    /// </summary>
    public static bool Fits(MappingProfile profile, IReadOnlyList<string> header)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(header);
        var present = header.Select(MappingText.Normalise).ToHashSet(StringComparer.Ordinal);
        var needed = ExtractColumns.Required.Select(c => profile.Columns.GetValueOrDefault(c)?.Header).OfType<string>().ToList();
        // A built-in HR profile has grades but no levels for them: it is a starting point for the wizard, not a fit.
        var hasLevel = profile.Columns.ContainsKey(ExtractColumns.Level) || profile.GradeLevels.Count > 0;
        return hasLevel && needed.Count >= 2 && needed.TrueForAll(h => present.Contains(MappingText.Normalise(h)));
    }

    /// <summary>Whether a header has every required column of the standard, so needs no profile.</summary>
    public static bool IsStandard(IReadOnlyList<string> header)
    {
        ArgumentNullException.ThrowIfNull(header);
        var present = header.Select(h => h.Trim()).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return ExtractColumns.Required.All(present.Contains);
    }

    /// <summary>The date format, of <see cref="DateFormats"/>, that reads the most of these values; null when none reads any.</summary>
    private static string? FormatOfDates(IEnumerable<string> values)
    {
        var list = values.Take(500).ToList();
        var best = DateFormats
            .Select(f => (Format: f, Read: list.Count(v => DateTime.TryParseExact(v.Split(' ')[0], f, CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
                || DateTime.TryParseExact(v, f, CultureInfo.InvariantCulture, DateTimeStyles.None, out _))))
            .OrderByDescending(f => f.Read)
            .First();
        return best.Read > 0 ? best.Format : null;
    }

    /// <summary>For each coded column the profile reads from the file, the file's values it does not translate into a code, most frequent first.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<ValueCount>> Untranslated(TableSurvey survey, MappingProfile profile)
    {
        ArgumentNullException.ThrowIfNull(survey);
        ArgumentNullException.ThrowIfNull(profile);
        var result = new Dictionary<string, IReadOnlyList<ValueCount>>(StringComparer.Ordinal);
        foreach (var (column, allowed) in MappingProfileJson.CodedColumns)
        {
            if (FieldOf(survey, profile, column) is not { } field || survey.ManyValues[field])
            {
                continue;
            }

            var codes = Translation(profile, column);
            var unknown = survey.Values[field]
                .Where(v => !codes.ContainsKey(MappingText.Normalise(v.Value)) && !allowed.Contains(v.Value.Trim(), StringComparer.OrdinalIgnoreCase))
                .ToList();
            if (unknown.Count > 0)
            {
                result[column] = unknown;
            }
        }

        return result;
    }

    /// <summary>The grades in the file the profile gives no level, when it takes levels from grades.</summary>
    public static IReadOnlyList<ValueCount> GradesWithoutLevel(TableSurvey survey, MappingProfile profile)
    {
        ArgumentNullException.ThrowIfNull(survey);
        ArgumentNullException.ThrowIfNull(profile);
        if (profile.Columns.ContainsKey(ExtractColumns.Level) || FieldOf(survey, profile, ExtractColumns.Grade) is not { } field)
        {
            return [];
        }

        var known = profile.GradeLevels.Select(g => MappingText.Normalise(g.Grade)).ToHashSet(StringComparer.Ordinal);
        return [.. survey.Values[field].Where(v => !known.Contains(MappingText.Normalise(v.Value)))];
    }

    /// <summary>The file's field a profile reads a v1 column from; null if it reads it from none.</summary>
    public static int? FieldOf(TableSurvey survey, MappingProfile profile, string column)
    {
        ArgumentNullException.ThrowIfNull(survey);
        ArgumentNullException.ThrowIfNull(profile);
        if (profile.Columns.GetValueOrDefault(column)?.Header is not { } header)
        {
            return null;
        }

        var at = survey.Header.Select(MappingText.Normalise).ToList().IndexOf(MappingText.Normalise(header));
        return at < 0 ? null : at;
    }

    /// <summary>The nearest v1 code to a value the profile does not know, if one is near enough to suggest: "Femal" is female.</summary>
    public static string? NearestCode(string column, string value)
    {
        if (!MappingProfileJson.CodedColumns.TryGetValue(column, out var allowed))
        {
            return null;
        }

        var text = MappingText.Normalise(value);
        return allowed
            .Select(code => (Code: code, Distance: Distance(text, MappingText.Normalise(code))))
            .Where(c => c.Distance <= Math.Max(1, c.Code.Length / 4) || (text.Length >= 3 && MappingText.Normalise(c.Code).StartsWith(text, StringComparison.Ordinal)))
            .OrderBy(c => c.Distance)
            .Select(c => c.Code)
            .FirstOrDefault();
    }

    private static Dictionary<string, IReadOnlyList<CodeMapping>> SuggestCodes(TableSurvey survey, MappingProfile draft)
    {
        var codes = draft.Codes.ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal);
        foreach (var (column, values) in Untranslated(survey, draft))
        {
            var suggested = values.Select(v => (v.Value, Code: NearestCode(column, v.Value))).Where(v => v.Code is not null)
                .Select(v => new CodeMapping(v.Value, v.Code!)).ToList();
            if (suggested.Count > 0)
            {
                codes[column] = [.. codes.GetValueOrDefault(column) ?? [], .. suggested];
            }
        }

        return codes;
    }

    private static Dictionary<string, byte> Translation(MappingProfile profile, string column)
    {
        var codes = new Dictionary<string, byte>(StringComparer.Ordinal);
        foreach (var mapping in (BuiltInProfiles.Common.Codes.GetValueOrDefault(column) ?? []).Concat(profile.Codes.GetValueOrDefault(column) ?? []))
        {
            codes[MappingText.Normalise(mapping.From)] = 0;
        }

        return codes;
    }

    /// <summary>What a column is called: its v1 name, and what the starting profile and the built-in profiles call it.</summary>
    private static List<string> Names(string column, MappingProfile? start) =>
    [
        MappingText.Normalise(column),
        .. Synonyms.GetValueOrDefault(column) ?? [],
        .. BuiltInProfiles.All.Prepend(start).OfType<MappingProfile>()
            .Select(p => p.Columns.GetValueOrDefault(column)?.Header).OfType<string>().Select(MappingText.Normalise),
    ];

    /// <summary>Overlap of two normalised names' words, stemmed (Jaccard): "Date started" is "start date".</summary>
    private static double Similarity(string a, string b)
    {
        if (a == b)
        {
            return 1;
        }

        var x = Words(a);
        var y = Words(b);
        return x.Count == 0 || y.Count == 0 ? 0 : x.Intersect(y).Count() / (double)x.Union(y).Count();
    }

    private static HashSet<string> Words(string name) =>
        name.Split(' ').Select(Stem).Where(w => !Filler.Contains(w)).ToHashSet(StringComparer.Ordinal);

    /// <summary>A word without the English endings that do not change what a column holds: start, started, starts, starting; leave, leaving.</summary>
    private static string Stem(string word)
    {
        foreach (var ending in (ReadOnlySpan<string>)["ing", "ed", "s"])
        {
            if (word.Length > ending.Length + 2 && word.EndsWith(ending, StringComparison.Ordinal))
            {
                word = word[..^ending.Length];
                break;
            }
        }

        return word.Length > 3 && word.EndsWith('e') ? word[..^1] : word;
    }

    /// <summary>Up to 0.4 more for a column whose values look like the v1 column's: known codes (0.4 when all are), or dates.</summary>
    private static double ValueFit(string column, TableSurvey survey, int field, MappingProfile? start)
    {
        var values = survey.Values[field];
        var total = values.Sum(v => v.Count);
        if (total == 0)
        {
            return 0;
        }

        if (MappingProfileJson.CodedColumns.TryGetValue(column, out var allowed) && !survey.ManyValues[field])
        {
            var codes = Translation(start ?? BuiltInProfiles.Common, column);
            var known = values.Where(v => codes.ContainsKey(MappingText.Normalise(v.Value)) || allowed.Contains(v.Value, StringComparer.OrdinalIgnoreCase)).Sum(v => v.Count);
            return 0.4 * known / total;
        }

        if (DateColumns.Contains(column))
        {
            var dates = values.Count(v => DateFormats.Any(f => DateTime.TryParseExact(v.Value, f, CultureInfo.InvariantCulture, DateTimeStyles.None, out _)));
            return 0.2 * dates / values.Count;
        }

        return 0;
    }

    /// <summary>Levenshtein distance.</summary>
    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
