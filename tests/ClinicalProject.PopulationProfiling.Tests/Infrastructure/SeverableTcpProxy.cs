using System.Net;
using System.Net.Sockets;

namespace ClinicalProject.PopulationProfiling.Tests.Infrastructure;

/// <summary>
/// A loopback TCP relay between one replica and the broker. <see cref="Sever"/> drops every connection and
/// refuses new ones: to the broker, exactly what a replica's process dying looks like (its connection is gone,
/// its un-acked messages are requeued), whatever the replica itself is still doing.
/// </summary>
public sealed class SeverableTcpProxy : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Uri _target;
    private readonly List<TcpClient> _sockets = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;

    public SeverableTcpProxy(string amqpUri)
    {
        _target = new Uri(amqpUri);
        _listener.Start();
        _accepting = AcceptAsync();
    }

    /// <summary>The broker's URI, through the relay.</summary>
    public string AmqpUri => new UriBuilder(_target) { Host = "127.0.0.1", Port = ((IPEndPoint)_listener.LocalEndpoint).Port }.Uri.ToString();

    public void Sever()
    {
        _stop.Cancel();
        _listener.Stop();
        lock (_sockets)
        {
            foreach (var socket in _sockets)
            {
                socket.Client.Close(0); // a reset, as a killed process leaves
            }

            _sockets.Clear();
        }
    }

    public async ValueTask DisposeAsync()
    {
        Sever();
        await _accepting.ContinueWith(_ => { }, TaskScheduler.Default);
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception exception) when (exception is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            var server = new TcpClient();
            try
            {
                await server.ConnectAsync(_target.Host, _target.Port, _stop.Token);
            }
            catch (Exception exception) when (exception is OperationCanceledException or SocketException)
            {
                client.Dispose();
                server.Dispose();
                continue;
            }

            lock (_sockets)
            {
                _sockets.Add(client);
                _sockets.Add(server);
            }

            _ = PumpAsync(client, server);
            _ = PumpAsync(server, client);
        }
    }

    private async Task PumpAsync(TcpClient from, TcpClient to)
    {
        try
        {
            await from.GetStream().CopyToAsync(to.GetStream(), _stop.Token);
        }
        catch (Exception exception) when (exception is IOException or OperationCanceledException or ObjectDisposedException or SocketException)
        {
            // The other side went away, or the relay was severed.
        }
        finally
        {
            from.Client.Close(0);
            to.Client.Close(0);
        }
    }
}
