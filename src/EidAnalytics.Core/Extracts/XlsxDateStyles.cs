using System.Globalization;
using System.Xml;

namespace EidAnalytics.Core.Extracts;

/// <summary>
/// Which numbers in a workbook are dates: a cell shows a date when its style's number format does,
/// and its value is then an Excel serial day.
/// </summary>
internal static class XlsxDateStyles
{
    /// <summary>For each cell style of the styles part <paramref name="xml"/> is on, whether its number format shows a date; the reader is disposed by the caller.</summary>
    public static bool[] Read(XmlReader xml)
    {
        var customFormats = new Dictionary<uint, string>();
        var styleFormats = new List<uint>();
        while (xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (xml.LocalName == "numFmt" && uint.TryParse(xml.GetAttribute("numFmtId"), CultureInfo.InvariantCulture, out var id))
            {
                customFormats[id] = xml.GetAttribute("formatCode") ?? "";
            }
            else if (xml.LocalName == "cellXfs" && !xml.IsEmptyElement)
            {
                // Only cellXfs are what a cell's s attribute indexes; cellStyleXfs hold xf elements too.
                using var xfs = xml.ReadSubtree();
                while (xfs.Read())
                {
                    if (xfs.NodeType == XmlNodeType.Element && xfs.LocalName == "xf" && xfs.Depth == 1)
                    {
                        styleFormats.Add(uint.TryParse(xfs.GetAttribute("numFmtId"), CultureInfo.InvariantCulture, out var format) ? format : 0);
                    }
                }
            }
        }

        return [.. styleFormats.Select(f => IsDateFormat(f, customFormats.GetValueOrDefault(f)))];
    }

    /// <summary>
    /// The built-in date formats (ECMA-376 §18.8.30: 14–22, 45–47, and the East Asian 27–36 and
    /// 50–58), or a custom format that shows a day or a year once quoted text, escapes and
    /// [colour/condition] sections are set aside.
    /// </summary>
    internal static bool IsDateFormat(uint id, string? code)
    {
        if (id is (>= 14 and <= 22) or (>= 27 and <= 36) or (>= 45 and <= 47) or (>= 50 and <= 58))
        {
            return true;
        }

        if (id < 164 || code is null)
        {
            return false;
        }

        var quoted = false;
        var bracket = false;
        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (quoted)
            {
                continue;
            }
            else if (c == '\\')
            {
                i++;
            }
            else if (c == '[')
            {
                bracket = true;
            }
            else if (c == ']')
            {
                bracket = false;
            }
            else if (!bracket && c is 'd' or 'D' or 'y' or 'Y')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// An Excel serial date (days since 1900, or 1904 for workbooks made that way) as a date; the
    /// time of day is dropped. The 1900 system counts 29 February 1900, which never was, as day 60,
    /// as Lotus 1-2-3 did; serial 60 itself is no date.
    /// </summary>
    internal static DateOnly? FromSerial(double serial, bool date1904)
    {
        if (!double.IsFinite(serial) || serial < 1 || serial >= 2_958_466)
        {
            return null;
        }

        var day = (int)Math.Floor(serial);
        if (date1904)
        {
            return new DateOnly(1904, 1, 1).AddDays(day);
        }

        return day switch
        {
            < 60 => new DateOnly(1899, 12, 31).AddDays(day),
            60 => null,
            _ => new DateOnly(1899, 12, 30).AddDays(day),
        };
    }
}
