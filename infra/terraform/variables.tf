variable "name" {
  description = "Short name used as the prefix of every resource (lowercase letters and digits)."
  type        = string
  default     = "mic"

  validation {
    condition     = can(regex("^[a-z][a-z0-9]{1,9}$", var.name))
    error_message = "name must be 2-10 lowercase letters or digits, starting with a letter."
  }
}

variable "environment" {
  description = "Environment name (prod, staging): part of every resource name."
  type        = string
  default     = "prod"

  validation {
    condition     = can(regex("^[a-z][a-z0-9]{1,7}$", var.environment))
    error_message = "environment must be 2-8 lowercase letters or digits."
  }
}

variable "location" {
  description = "Azure region. UK South has three availability zones (needed for zone-redundant PostgreSQL)."
  type        = string
  default     = "uksouth"
}

variable "tags" {
  description = "Tags added to every resource."
  type        = map(string)
  default     = {}
}

# --- release -------------------------------------------------------------------------------------

variable "image_tag" {
  description = "Tag of the mic-api and mic-web images to run (e.g. the short commit). Also the revision suffix."
  type        = string

  validation {
    condition     = can(regex("^[a-z0-9][a-z0-9-]{0,19}$", var.image_tag))
    error_message = "image_tag must be 1-20 lowercase letters, digits or hyphens (it names the revision)."
  }
}

variable "migration_image_tag" {
  description = "Tag of the mic-api image the migration job runs. Step 1 of a deploy moves this first (docs/deploy.md); null means image_tag."
  type        = string
  default     = null
}

variable "stable_revision_suffix" {
  description = "Revision suffix (a previous image_tag) that keeps the rest of the traffic while the new revision is checked. null: the new revision takes all traffic."
  type        = string
  default     = null
}

variable "new_revision_traffic_percent" {
  description = "Share of traffic for the newest revision when stable_revision_suffix is set (0 while checking, then 100)."
  type        = number
  default     = 100

  validation {
    condition     = var.new_revision_traffic_percent >= 0 && var.new_revision_traffic_percent <= 100
    error_message = "new_revision_traffic_percent must be between 0 and 100."
  }
}

# --- public addresses ------------------------------------------------------------------------------

variable "web_public_url" {
  description = "The site's public base URL (custom domain), e.g. https://commons.example.nhs.uk. null: the web app's Container Apps address."
  type        = string
  default     = null
}

variable "api_public_url" {
  description = "The API's public base URL for integrators, e.g. https://api.commons.example.nhs.uk. null: the API app's Container Apps address."
  type        = string
  default     = null
}

# --- network ---------------------------------------------------------------------------------------

variable "vnet_cidr" {
  description = "Address space of the virtual network."
  type        = string
  default     = "10.40.0.0/16"
}

variable "apps_subnet_cidr" {
  description = "Subnet of the Container Apps environment. Its ingress proxies and the web replicas connect to the API from here, so the API trusts X-Forwarded-For from this range (TRUST_PROXY)."
  type        = string
  default     = "10.40.0.0/23"
}

variable "postgres_subnet_cidr" {
  description = "Delegated subnet of the PostgreSQL Flexible Server (private access only)."
  type        = string
  default     = "10.40.2.0/24"
}

# --- PostgreSQL ------------------------------------------------------------------------------------

variable "postgres_version" {
  description = "PostgreSQL major version."
  type        = string
  default     = "16"
}

variable "postgres_sku" {
  description = "Flexible Server compute. The built-in PgBouncer needs General Purpose or Memory Optimized (not Burstable)."
  type        = string
  default     = "GP_Standard_D2ds_v5"

  validation {
    condition     = can(regex("^(GP|MO)_", var.postgres_sku))
    error_message = "postgres_sku must be General Purpose (GP_) or Memory Optimized (MO_): PgBouncer is not available on Burstable."
  }
}

variable "postgres_storage_mb" {
  description = "Storage size in MB."
  type        = number
  default     = 65536
}

variable "postgres_high_availability" {
  description = "Zone-redundant high availability (a standby in another zone, automatic failover). Doubles the compute cost."
  type        = bool
  default     = false
}

variable "postgres_backup_retention_days" {
  description = "Days of point-in-time restore (7-35)."
  type        = number
  default     = 35
}

variable "postgres_geo_redundant_backup" {
  description = "Copy backups to the paired region (restore after a regional outage). Cannot be changed after creation."
  type        = bool
  default     = true
}

variable "postgres_admin_login" {
  description = "Administrator login of the Flexible Server (the password is generated and kept in Key Vault)."
  type        = string
  default     = "micadmin"
}

variable "api_database_through_pgbouncer" {
  description = "The API reaches PostgreSQL through the server's PgBouncer (port 6432, transaction pooling). The migration job always connects directly (5432)."
  type        = bool
  default     = true
}

# --- containers ------------------------------------------------------------------------------------

variable "api_min_replicas" {
  description = "Fewest API replicas (two, so one can fail or restart)."
  type        = number
  default     = 2
}

variable "api_max_replicas" {
  description = "Most API replicas."
  type        = number
  default     = 10
}

variable "api_concurrent_requests" {
  description = "Concurrent HTTP requests per API replica above which another replica is added."
  type        = number
  default     = 50
}

variable "web_min_replicas" {
  description = "Fewest web replicas."
  type        = number
  default     = 2
}

variable "web_max_replicas" {
  description = "Most web replicas."
  type        = number
  default     = 6
}

variable "web_concurrent_requests" {
  description = "Concurrent HTTP requests per web replica above which another replica is added."
  type        = number
  default     = 40
}

# --- application settings (non-secret) --------------------------------------------------------------

variable "mail_from" {
  description = "Sender of every email (MAIL_FROM)."
  type        = string
  default     = "Midlands Improvement Commons <no-reply@commons.example.org>"
}

variable "clamav_url" {
  description = "clamd address for upload scanning (CLAMAV_URL, tcp://host:3310). null: uploads are not scanned."
  type        = string
  default     = null
}

variable "otel_exporter_otlp_endpoint" {
  description = "OTLP endpoint for traces (OTEL_EXPORTER_OTLP_ENDPOINT). null: tracing off."
  type        = string
  default     = null
}

# --- secrets supplied by the operator ---------------------------------------------------------------

variable "smtp_url" {
  description = "SMTP relay as an smtps:// URL carrying the relay user and password (stored in Key Vault as smtp-url). Pass as TF_VAR_smtp_url, never in a file."
  type        = string
  sensitive   = true
}
