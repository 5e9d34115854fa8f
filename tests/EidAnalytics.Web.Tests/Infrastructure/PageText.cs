namespace EidAnalytics.Web.Tests.Infrastructure;

/// <summary>Text as a reader sees it on a page: markup's runs of spaces and line breaks as one space.</summary>
internal static class PageText
{
    public static string Normalised(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
