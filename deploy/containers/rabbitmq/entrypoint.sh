#!/bin/sh
# Writes the node's configuration (the default account from RABBITMQ_DEFAULT_USER/PASS, listeners on every
# interface, console logs) into its volume, then runs the node in the foreground.
set -eu
: "${RABBITMQ_DEFAULT_USER:=guest}"
: "${RABBITMQ_DEFAULT_PASS:=guest}"
cat > "$RABBITMQ_CONFIG_FILE" <<CONF
default_user = ${RABBITMQ_DEFAULT_USER}
default_pass = ${RABBITMQ_DEFAULT_PASS}
loopback_users = none
listeners.tcp.default = 5672
management.tcp.port = 15672
log.console = true
log.console.level = info
log.file = false
disk_free_limit.absolute = 50MB
CONF
echo "[${RABBITMQ_PLUGINS:-rabbitmq_management}]." > "$RABBITMQ_ENABLED_PLUGINS_FILE"
exec /usr/lib/rabbitmq/bin/rabbitmq-server
