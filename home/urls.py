from django.urls import path

from home import search

urlpatterns = [
    path("search/", search.search, name="search"),
]
