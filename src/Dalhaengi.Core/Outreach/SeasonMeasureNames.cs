namespace Dalhaengi.Core.Outreach;

/// <summary>The column names and labels of season measures, for Markdown and CSV.</summary>
internal static class SeasonMeasureNames
{
    /// <summary>The snake-case name used in CSV, for example <c>residents_served</c>.</summary>
    internal static string Key(SeasonMeasure measure)
    {
        var text = measure.ToString();
        var builder = new System.Text.StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsUpper(text[i]) && i > 0)
            {
                builder.Append('_');
            }

            builder.Append(char.ToLowerInvariant(text[i]));
        }

        return builder.ToString();
    }

    /// <summary>The label used in Markdown, for example <c>Residents served</c>.</summary>
    internal static string Label(SeasonMeasure measure)
    {
        // People and uses are different counts that press reports confuse ("8,110여 명 이용" is uses): say which is which.
        switch (measure)
        {
            case SeasonMeasure.ResidentsServed:
                return "Residents attending (people)";
            case SeasonMeasure.ServicesDelivered:
                return "Service uses";
        }

        var key = Key(measure).Replace('_', ' ');
        return char.ToUpperInvariant(key[0]) + key[1..];
    }
}
