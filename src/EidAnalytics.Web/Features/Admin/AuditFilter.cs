using System.Globalization;
using EidAnalytics.Web.Data;
using EidAnalytics.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace EidAnalytics.Web.Features.Admin;

/// <summary>
/// Which audit entries an administrator asked for, as the query string of the audit page and its CSV carries
/// it: who (part of the account or token name), what (an action), which organisation (its code) and the UK
/// days from and to. A date that is not one is reported and left out of the filter.
/// </summary>
public sealed record AuditFilter(string? Who, string? Action, string? Organisation, DateOnly? From, DateOnly? To)
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    /// <summary>Every action the log records, for the filter's list.</summary>
    public static readonly IReadOnlyList<string> Actions = [.. typeof(AuditActions).GetFields().Select(f => (string)f.GetValue(null)!).Order(StringComparer.Ordinal)];

    /// <summary>The filter a query asks for, and what is wrong with it by field.</summary>
    public static (AuditFilter Filter, IReadOnlyDictionary<string, string> Errors) Read(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var errors = new Dictionary<string, string>();
        DateOnly? Day(string field, string label)
        {
            var text = query[field].ToString().Trim();
            if (text.Length == 0)
            {
                return null;
            }
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                return day;
            }
            errors[field] = $"Enter the {label} date as year-month-day, such as 2026-12-04";
            return null;
        }
        string? Text(string field) => query[field].ToString().Trim() is { Length: > 0 } text ? text : null;
        var filter = new AuditFilter(Text("who"), Text("action") is { } action && Actions.Contains(action) ? action : null,
            Text("organisation")?.ToUpperInvariant(), Day("from", "from"), Day("to", "to"));
        return (filter, errors);
    }

    /// <summary>The entries the filter keeps, newest first.</summary>
    public IQueryable<AuditEvent> Apply(IQueryable<AuditEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        if (Who is { } who)
        {
            // ILIKE with the typed text's own % and _ escaped, so they match themselves.
            var pattern = "%" + who.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("%", @"\%", StringComparison.Ordinal).Replace("_", @"\_", StringComparison.Ordinal) + "%";
            events = events.Where(e => e.UserName != null && EF.Functions.ILike(e.UserName, pattern));
        }
        if (Action is { } action)
        {
            events = events.Where(e => e.Action == action);
        }
        if (Organisation is { } code)
        {
            events = events.Where(e => e.OrganisationCode == code);
        }
        if (From is { } from)
        {
            var start = StartOf(from);
            events = events.Where(e => e.OccurredAt >= start);
        }
        if (To is { } to)
        {
            var end = StartOf(to.AddDays(1));
            events = events.Where(e => e.OccurredAt < end);
        }
        return events.OrderByDescending(e => e.Id);
    }

    /// <summary>The filter as a query string, for the CSV link and the pages' links.</summary>
    public string ToQuery() => string.Join('&', new (string Name, string? Value)[]
        {
            ("who", Who), ("action", Action), ("organisation", Organisation),
            ("from", From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ("to", To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        }
        .Where(p => p.Value is not null)
        .Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value!)}"));

    /// <summary>Midnight at the start of a UK day, as an instant.</summary>
    private static DateTimeOffset StartOf(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, London.GetUtcOffset(local)).ToUniversalTime();
    }
}
