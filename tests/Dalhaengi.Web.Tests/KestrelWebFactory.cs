using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Dalhaengi.Web.Tests;

/// <summary>The same host on a real Kestrel port, for a real browser.</summary>
public sealed class KestrelWebFactory : WebFactory
{
    public KestrelWebFactory() => UseKestrel(0);

    /// <summary>Starts the server once and returns its address, for example <c>http://127.0.0.1:41234</c>.</summary>
    public async Task<string> StartAsync()
    {
        StartServer();
        await SeedAsync();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        return addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/');
    }
}
