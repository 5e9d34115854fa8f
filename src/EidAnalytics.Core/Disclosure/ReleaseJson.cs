using System.Text.Json;
using EidAnalytics.Core.Comparisons;
using EidAnalytics.Core.Metrics;
using EidAnalytics.Core.Organisations;

namespace EidAnalytics.Core.Disclosure;

/// <summary>Releases as the JSON document of DESIGN §9 (<c>eid publish</c>): what a researcher would see.</summary>
public static class ReleaseJson
{
    /// <summary>Shares and limits are given to 4 decimal places: perturbed counts carry no more.</summary>
    private const int Decimals = 4;

    /// <summary>The releases; <paramref name="families"/> says who is in each <c>family:N</c> group and what it is called.</summary>
    public static void Write(Utf8JsonWriter writer, IReadOnlyList<PublishedRelease> releases, DisclosureOptions options, IReadOnlyList<CouncilFamily>? families = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(releases);
        ArgumentNullException.ThrowIfNull(options);
        writer.WriteStartObject();
        writer.WriteStartObject("release");
        writer.WriteString("method", options.Method);
        writer.WriteNumber("threshold", options.Threshold);
        writer.WriteNumber("min_share_denominator", options.MinShareDenominator);
        writer.WriteEndObject();
        writer.WriteStartArray("organisations");
        foreach (var release in releases)
        {
            foreach (var area in release.Organisations.Values.OrderBy(a => a.Key, StringComparer.Ordinal))
            {
                writer.WriteStartObject();
                writer.WriteString("organisation_code", area.Key);
                WriteArea(writer, release, area);
            }
        }
        writer.WriteEndArray();
        writer.WriteStartArray("groups");
        foreach (var release in releases)
        {
            foreach (var area in release.Groups.Values)
            {
                writer.WriteStartObject();
                writer.WriteString("group", area.Key);
                WriteArea(writer, release, area);
            }
        }
        writer.WriteEndArray();
        writer.WriteStartArray("families");
        foreach (var family in families ?? [])
        {
            writer.WriteStartObject();
            writer.WriteString("group", family.Key);
            writer.WriteString("name", family.Name);
            writer.WriteStartArray("organisation_codes");
            foreach (var code in family.Codes)
            {
                writer.WriteStringValue(code);
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteArea(Utf8JsonWriter writer, PublishedRelease release, PublishedArea area)
    {
        writer.WriteString("snapshot_date", release.Snapshot.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        if (area.DatasetSnapshot is { } own && own != release.Snapshot)
        {
            writer.WriteString("dataset_snapshot_date", own.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }
        writer.WriteString("scope", Scopes.ItFunction);
        writer.WriteStartObject("metrics");
        foreach (var metric in ComparableMetrics.All)
        {
            if (area.Metrics.GetValueOrDefault(metric.Id) is not { } figure)
            {
                continue;
            }
            writer.WriteStartObject(metric.Id);
            if (figure.Value is { } value && figure.Interval() is { } interval)
            {
                writer.WriteNumber("value", Math.Round(value, Decimals));
                writer.WriteNumber("numerator", figure.Count!.Value);
                writer.WriteNumber("denominator", figure.Denominator);
                writer.WriteNumber("ci_low", Math.Round(interval.Low, Decimals));
                writer.WriteNumber("ci_high", Math.Round(interval.High, Decimals));
            }
            else
            {
                writer.WriteString("value", PublishedRelease.NotShown);
                if (figure.Count is { } count)
                {
                    writer.WriteNumber("numerator", count);
                }
                else
                {
                    writer.WriteString("numerator", PublishedRelease.NotShown);
                }
                writer.WriteNumber("denominator", figure.Denominator);
                writer.WriteString("reason", figure.Reason ?? "no one in the denominator");
            }
            writer.WriteEndObject();
        }
        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
