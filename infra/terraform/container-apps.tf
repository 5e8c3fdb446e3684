# Container Apps: the environment, the API and web apps, and the migration job.
#
# Release order (docs/deploy.md): the migration job runs with the new image first; then the new
# API and web revisions start with no traffic (multiple revision mode) and pass their probes
# (/health/ready checks the database and the migration version); then traffic moves to them.
#
# Every environment variable below is checked against the config schemas by
# tools/infra/terraform.spec.ts (apps/api/src/config/env.schema.ts, apps/web/src/lib/config/server-env.ts).

resource "azurerm_container_app_environment" "main" {
  name                       = "cae-${local.prefix}"
  location                   = azurerm_resource_group.main.location
  resource_group_name        = azurerm_resource_group.main.name
  log_analytics_workspace_id = azurerm_log_analytics_workspace.main.id
  infrastructure_subnet_id   = azurerm_subnet.apps.id
  zone_redundancy_enabled    = true
  tags                       = local.tags

  workload_profile {
    name                  = "Consumption"
    workload_profile_type = "Consumption"
  }
}

# --- API -----------------------------------------------------------------------------------------

resource "azurerm_container_app" "api" {
  name                         = local.api_app_name
  container_app_environment_id = azurerm_container_app_environment.main.id
  resource_group_name          = azurerm_resource_group.main.name
  revision_mode                = "Multiple"
  workload_profile_name        = "Consumption"
  tags                         = local.tags

  identity {
    type         = "UserAssigned"
    identity_ids = [azurerm_user_assigned_identity.apps.id]
  }

  registry {
    server   = azurerm_container_registry.main.login_server
    identity = azurerm_user_assigned_identity.apps.id
  }

  secret {
    name                = "database-url"
    key_vault_secret_id = azurerm_key_vault_secret.app["database-url"].versionless_id
    identity            = azurerm_user_assigned_identity.apps.id
  }

  secret {
    name                = "device-cookie-secret"
    key_vault_secret_id = azurerm_key_vault_secret.app["device-cookie-secret"].versionless_id
    identity            = azurerm_user_assigned_identity.apps.id
  }

  secret {
    name                = "sso-secret-key"
    key_vault_secret_id = azurerm_key_vault_secret.app["sso-secret-key"].versionless_id
    identity            = azurerm_user_assigned_identity.apps.id
  }

  secret {
    name                = "smtp-url"
    key_vault_secret_id = azurerm_key_vault_secret.app["smtp-url"].versionless_id
    identity            = azurerm_user_assigned_identity.apps.id
  }

  secret {
    name                = "azure-storage-connection-string"
    key_vault_secret_id = azurerm_key_vault_secret.app["azure-storage-connection-string"].versionless_id
    identity            = azurerm_user_assigned_identity.apps.id
  }

  secret {
    name                = "metrics-token"
    key_vault_secret_id = azurerm_key_vault_secret.app["metrics-token"].versionless_id
    identity            = azurerm_user_assigned_identity.apps.id
  }

  ingress {
    external_enabled           = true
    target_port                = 4000
    transport                  = "auto"
    allow_insecure_connections = false

    dynamic "traffic_weight" {
      for_each = local.traffic
      content {
        latest_revision = traffic_weight.value.latest_revision
        revision_suffix = traffic_weight.value.revision_suffix
        percentage      = traffic_weight.value.percentage
      }
    }
  }

  template {
    min_replicas    = var.api_min_replicas
    max_replicas    = var.api_max_replicas
    revision_suffix = var.image_tag

    http_scale_rule {
      name                = "http-concurrency"
      concurrent_requests = tostring(var.api_concurrent_requests)
    }

    container {
      name   = "api"
      image  = local.api_image
      args   = ["serve"]
      cpu    = 1
      memory = "2Gi"

      env {
        name  = "NODE_ENV"
        value = "production"
      }
      env {
        name  = "API_PORT"
        value = "4000"
      }
      env {
        name        = "DATABASE_URL"
        secret_name = "database-url"
      }
      env {
        name  = "WEB_ORIGIN"
        value = local.web_public_url
      }
      env {
        name  = "WEB_PUBLIC_URL"
        value = local.web_public_url
      }
      env {
        name  = "PUBLIC_API_URL"
        value = local.api_public_url
      }
      env {
        name  = "TRUST_PROXY"
        value = var.apps_subnet_cidr
      }
      env {
        name        = "DEVICE_COOKIE_SECRET"
        secret_name = "device-cookie-secret"
      }
      env {
        name        = "SSO_SECRET_KEY"
        secret_name = "sso-secret-key"
      }
      env {
        name        = "SMTP_URL"
        secret_name = "smtp-url"
      }
      env {
        name  = "MAIL_FROM"
        value = var.mail_from
      }
      env {
        name  = "FILE_STORAGE"
        value = "azure"
      }
      env {
        name        = "AZURE_STORAGE_CONNECTION_STRING"
        secret_name = "azure-storage-connection-string"
      }
      env {
        name  = "AZURE_STORAGE_CONTAINER"
        value = azurerm_storage_container.files.name
      }
      env {
        name        = "METRICS_TOKEN"
        secret_name = "metrics-token"
      }
      dynamic "env" {
        for_each = var.otel_exporter_otlp_endpoint == null ? [] : [var.otel_exporter_otlp_endpoint]
        content {
          name  = "OTEL_EXPORTER_OTLP_ENDPOINT"
          value = env.value
        }
      }
      dynamic "env" {
        for_each = var.clamav_url == null ? [] : [var.clamav_url]
        content {
          name  = "CLAMAV_URL"
          value = env.value
        }
      }

      startup_probe {
        transport               = "HTTP"
        port                    = 4000
        path                    = "/health/live"
        interval_seconds        = 5
        failure_count_threshold = 24
      }

      liveness_probe {
        transport               = "HTTP"
        port                    = 4000
        path                    = "/health/live"
        interval_seconds        = 10
        failure_count_threshold = 3
      }

      # Not ready (no traffic) until the database answers and its migrations match this image.
      readiness_probe {
        transport               = "HTTP"
        port                    = 4000
        path                    = "/health/ready"
        interval_seconds        = 5
        failure_count_threshold = 3
      }
    }
  }

  depends_on = [
    azurerm_role_assignment.apps_read_secrets,
    azurerm_role_assignment.apps_pull_images,
  ]
}

# --- web -----------------------------------------------------------------------------------------

resource "azurerm_container_app" "web" {
  name                         = local.web_app_name
  container_app_environment_id = azurerm_container_app_environment.main.id
  resource_group_name          = azurerm_resource_group.main.name
  revision_mode                = "Multiple"
  workload_profile_name        = "Consumption"
  tags                         = local.tags

  identity {
    type         = "UserAssigned"
    identity_ids = [azurerm_user_assigned_identity.apps.id]
  }

  registry {
    server   = azurerm_container_registry.main.login_server
    identity = azurerm_user_assigned_identity.apps.id
  }

  ingress {
    external_enabled           = true
    target_port                = 3000
    transport                  = "auto"
    allow_insecure_connections = false

    dynamic "traffic_weight" {
      for_each = local.traffic
      content {
        latest_revision = traffic_weight.value.latest_revision
        revision_suffix = traffic_weight.value.revision_suffix
        percentage      = traffic_weight.value.percentage
      }
    }
  }

  template {
    min_replicas    = var.web_min_replicas
    max_replicas    = var.web_max_replicas
    revision_suffix = var.image_tag

    http_scale_rule {
      name                = "http-concurrency"
      concurrent_requests = tostring(var.web_concurrent_requests)
    }

    container {
      name   = "web"
      image  = local.web_image
      cpu    = 0.5
      memory = "1Gi"

      env {
        name  = "NODE_ENV"
        value = "production"
      }
      # Server-side only: the web's server components and actions call the API inside the environment.
      env {
        name  = "API_URL"
        value = "https://${azurerm_container_app.api.ingress[0].fqdn}/graphql"
      }
      env {
        name  = "PUBLIC_API_URL"
        value = local.api_public_url
      }
      env {
        name  = "WEB_PUBLIC_URL"
        value = local.web_public_url
      }

      startup_probe {
        transport               = "HTTP"
        port                    = 3000
        path                    = "/health/live"
        interval_seconds        = 5
        failure_count_threshold = 24
      }

      liveness_probe {
        transport               = "HTTP"
        port                    = 3000
        path                    = "/health/live"
        interval_seconds        = 10
        failure_count_threshold = 3
      }

      readiness_probe {
        transport               = "HTTP"
        port                    = 3000
        path                    = "/health/live"
        interval_seconds        = 5
        failure_count_threshold = 3
      }
    }
  }

  depends_on = [azurerm_role_assignment.apps_pull_images]
}

# --- migration job -------------------------------------------------------------------------------

# Started by the deploy (az containerapp job start), never on a schedule: pending migrations, then
# the reference data. Connects to PostgreSQL directly, not through PgBouncer.
resource "azurerm_container_app_job" "migrate" {
  name                         = "${local.prefix}-migrate"
  location                     = azurerm_resource_group.main.location
  resource_group_name          = azurerm_resource_group.main.name
  container_app_environment_id = azurerm_container_app_environment.main.id
  workload_profile_name        = "Consumption"
  replica_timeout_in_seconds   = 1800
  replica_retry_limit          = 1
  tags                         = local.tags

  manual_trigger_config {
    parallelism              = 1
    replica_completion_count = 1
  }

  identity {
    type         = "UserAssigned"
    identity_ids = [azurerm_user_assigned_identity.apps.id]
  }

  registry {
    server   = azurerm_container_registry.main.login_server
    identity = azurerm_user_assigned_identity.apps.id
  }

  secret {
    name                = "database-url-direct"
    key_vault_secret_id = azurerm_key_vault_secret.app["database-url-direct"].versionless_id
    identity            = azurerm_user_assigned_identity.apps.id
  }

  template {
    container {
      name   = "migrate"
      image  = local.migration_image
      args   = ["migrate"]
      cpu    = 0.5
      memory = "1Gi"

      env {
        name  = "NODE_ENV"
        value = "production"
      }
      env {
        name        = "DATABASE_URL"
        secret_name = "database-url-direct"
      }
    }
  }

  depends_on = [
    azurerm_role_assignment.apps_read_secrets,
    azurerm_role_assignment.apps_pull_images,
  ]
}
