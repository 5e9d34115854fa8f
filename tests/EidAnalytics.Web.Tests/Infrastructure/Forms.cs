using System.Text.RegularExpressions;

namespace EidAnalytics.Web.Tests.Infrastructure;

/// <summary>Submits a page's form as a browser would: GET the page for its antiforgery token, then POST with it.</summary>
public static partial class Forms
{
    /// <summary>The client must keep cookies (the default HttpClientHandler does): the token is paired with a cookie.</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string pageUrl, IReadOnlyDictionary<string, string>? fields = null, string? postUrl = null)
    {
        var page = await client.GetStringAsync(pageUrl);
        var token = AntiforgeryToken().Match(page);
        if (!token.Success)
        {
            throw new InvalidOperationException($"{pageUrl} has no antiforgery token");
        }
        var values = new Dictionary<string, string>(fields ?? new Dictionary<string, string>())
        {
            ["__RequestVerificationToken"] = token.Groups[1].Value,
        };
        return await client.PostAsync(postUrl ?? pageUrl, new FormUrlEncodedContent(values));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
