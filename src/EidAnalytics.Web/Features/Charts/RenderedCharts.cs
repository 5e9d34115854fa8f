using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using EidAnalytics.Charts;
using EidAnalytics.Core.Charts;
using Microsoft.Extensions.Caching.Memory;

namespace EidAnalytics.Web.Features.Charts;

/// <summary>
/// Charts drawn once and kept. ScottPlot takes 3–7 ms a chart and a dashboard holds a dozen, while the
/// figures behind them change only when a dataset is loaded. A chart's SVG is a function of its model
/// alone, so the key is a hash of the model's type and JSON: a changed figure is a new key (nothing
/// stale is ever served), and two pages that draw the same model share bytes that say no more than the
/// model they both already show.
/// </summary>
public sealed class RenderedCharts : IDisposable
{
    private static readonly JsonSerializerOptions KeyJson = new()
    {
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    private static readonly TimeSpan Unused = TimeSpan.FromHours(1);

    // A dashboard's dozen charts take about 300 KB; this keeps a few hundred organisations' worth.
    private readonly MemoryCache drawn = new(new MemoryCacheOptions { SizeLimit = 64L * 1024 * 1024 });

    /// <summary>The chart as inline SVG, drawn now or taken from the charts drawn before.</summary>
    public string Svg(ChartModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var key = Key(model);
        if (drawn.TryGetValue(key, out string? svg) && svg is not null)
        {
            return svg;
        }
        svg = ChartSvg.Render(model);
        // Sizes are UTF-16 bytes, so the limit is the memory the strings take.
        drawn.Set(key, svg, new MemoryCacheEntryOptions { Size = 2L * (svg.Length + key.Length), SlidingExpiration = Unused });
        return svg;
    }

    public void Dispose() => drawn.Dispose();

    private static string Key(ChartModel model)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(model, model.GetType(), KeyJson);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(System.Text.Encoding.UTF8.GetBytes(model.GetType().FullName!));
        hash.AppendData(json);
        return Convert.ToHexString(hash.GetHashAndReset());
    }
}
