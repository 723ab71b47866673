from django.urls import path

from solutions import views

urlpatterns = [
    path("network/cities.geojson", views.network_geojson, name="network_geojson"),
    path("network/solutions.csv", views.network_csv, name="network_csv"),
]
