using System.Text;

namespace Dalhaengi.Core.Serialization;

/// <summary>Converts PascalCase enum names to the kebab-case used in data files.</summary>
internal static class KebabCase
{
    public static string Of(string pascal)
    {
        var sb = new StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            var c = pascal[i];
            if (char.IsUpper(c))
            {
                if (i > 0)
                {
                    sb.Append('-');
                }

                sb.Append(char.ToLowerInvariant(c));
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => Of(value.ToString());
}
