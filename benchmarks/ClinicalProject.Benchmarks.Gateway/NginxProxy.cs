using System.Diagnostics;
using System.Globalization;

namespace ClinicalProject.Benchmarks.Gateway;

/// <summary>
/// Debian's nginx as a plain reverse proxy to one service, configured in a temporary folder and run in the
/// foreground on an unprivileged port: keep-alive to the upstream, X-Forwarded-* set, no access log.
/// </summary>
public sealed class NginxProxy : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _directory;

    private NginxProxy(Process process, string directory, int port)
    {
        _process = process;
        _directory = directory;
        Port = port;
    }

    public int Port { get; }

    public static async Task<NginxProxy> StartAsync(Uri upstream, int port, CancellationToken cancellationToken)
    {
        var directory = Directory.CreateTempSubdirectory("clinicalproject-nginx-").FullName;
        foreach (var sub in new[] { "logs", "client_body", "proxy", "fastcgi", "uwsgi", "scgi" })
        {
            Directory.CreateDirectory(Path.Combine(directory, sub));
        }

        var config = Path.Combine(directory, "nginx.conf");
        await File.WriteAllTextAsync(config, string.Create(CultureInfo.InvariantCulture, $$"""
            worker_processes auto;
            daemon off;
            pid {{directory}}/nginx.pid;
            error_log {{directory}}/logs/error.log warn;
            events { worker_connections 4096; }
            http {
              access_log off;
              client_body_temp_path {{directory}}/client_body;
              proxy_temp_path {{directory}}/proxy;
              fastcgi_temp_path {{directory}}/fastcgi;
              uwsgi_temp_path {{directory}}/uwsgi;
              scgi_temp_path {{directory}}/scgi;
              upstream service {
                server {{upstream.Host}}:{{upstream.Port}};
                keepalive 128;
              }
              server {
                listen 127.0.0.1:{{port}};
                location / {
                  proxy_pass http://service;
                  proxy_http_version 1.1;
                  proxy_set_header Connection "";
                  proxy_set_header Host $host;
                  proxy_set_header X-Forwarded-For $remote_addr;
                  proxy_set_header X-Forwarded-Proto $scheme;
                  proxy_set_header X-Forwarded-Host $host:$server_port;
                }
              }
            }
            """), cancellationToken);

        var info = new ProcessStartInfo("nginx") { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { "-p", directory, "-c", config })
        {
            info.ArgumentList.Add(argument);
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("nginx did not start (apt-get install nginx).");
        var proxy = new NginxProxy(process, directory, port);
        // Forwarded to the service's liveness probe: nginx listens and reaches the service.
        if (await Readiness.WaitAsync(new Uri($"http://127.0.0.1:{port}/alive"), process, p => p.StandardError.ReadToEndAsync(cancellationToken), 50, cancellationToken))
        {
            return proxy;
        }

        await proxy.DisposeAsync();
        throw new TimeoutException("nginx did not listen in time.");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true); // nginx's master and its workers
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        Directory.Delete(_directory, recursive: true);
    }
}
