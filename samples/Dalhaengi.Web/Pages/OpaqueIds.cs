namespace Dalhaengi.Web.Pages;

/// <summary>Reads an opaque id from a query string without letting a malformed one become a server error.</summary>
internal static class OpaqueIds
{
    public static bool TryParse<T>(string? text, Func<string, T> create, out T id)
        where T : struct
    {
        id = default;
        if (string.IsNullOrEmpty(text) || text.Length > 64)
        {
            return false;
        }

        try
        {
            id = create(text);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
