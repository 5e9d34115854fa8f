using System.Globalization;
using System.Text.Json;

namespace EidAnalytics.Core.Metrics;

/// <summary>
/// Writes metrics as the JSON document of DESIGN §9, shared by the CLI and the API. A metric whose
/// only result is a verdict (the baseline band) carries it as its value; a numeric metric with a
/// verdict (the four-fifths rule) carries it as <c>flag</c>.
/// </summary>
public static class MetricsJson
{
    public static void Write(Utf8JsonWriter writer, IEnumerable<OrganisationMetrics> organisations)
    {
        writer.WriteStartObject();
        writer.WriteStartArray("organisations");
        foreach (var organisation in organisations)
        {
            foreach (var scope in organisation.Scopes)
            {
                WriteScope(writer, organisation, scope);
            }
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    public static void WriteScope(Utf8JsonWriter writer, OrganisationMetrics organisation, ScopeMetrics scope)
    {
        writer.WriteStartObject();
        writer.WriteString("organisation_code", organisation.OrganisationCode);
        writer.WriteString("snapshot_date", organisation.SnapshotDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        writer.WriteString("scope", scope.Scope);
        writer.WriteStartObject("metrics");
        foreach (var metric in scope.Metrics)
        {
            writer.WritePropertyName(metric.Id);
            WriteMetric(writer, metric);
        }
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    public static void WriteMetric(Utf8JsonWriter writer, MetricValue metric)
    {
        writer.WriteStartObject();
        if (metric.Value is { } value)
        {
            writer.WriteNumber("value", value);
        }
        else if (metric.Category is { } verdict && metric.Reason is null)
        {
            writer.WriteString("value", verdict);
        }
        else
        {
            writer.WriteNull("value");
        }
        WriteOptional(writer, "numerator", metric.Numerator);
        WriteOptional(writer, "denominator", metric.Denominator);
        WriteOptional(writer, "ci_low", metric.CiLow);
        WriteOptional(writer, "ci_high", metric.CiHigh);
        WriteOptional(writer, "unadjusted", metric.Unadjusted);
        if (metric.Value is not null && metric.Category is { } flag)
        {
            writer.WriteString("flag", flag);
        }
        if (metric.Reason is { } reason)
        {
            writer.WriteString("reason", reason);
        }
        writer.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter writer, string name, double? number)
    {
        if (number is { } n)
        {
            writer.WriteNumber(name, n);
        }
    }
}
